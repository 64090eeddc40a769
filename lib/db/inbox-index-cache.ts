/**
 * The background's in-memory inbox index (lib/inbox/inbox-index.ts) tied to the store: valid for
 * one store revision. The background's own writes update it item by item and carry it to their new
 * revision; a revision it did not make (another context wrote, or the worker just started) rebuilds
 * it from the store on the next query. A cache, not state: losing it with the worker costs one read.
 */
import type { IDBPDatabase } from 'idb';
import { getInboxItems } from '@/lib/db/inbox-query';
import type { CompanionDB } from '@/lib/db/schema';
import { InboxIndex } from '@/lib/inbox/inbox-index';
import type { InboxItem } from '@/lib/inbox/item';
import { ItemMemory } from '@/lib/inbox/item-memory';

type DB = IDBPDatabase<CompanionDB>;

export interface InboxIndexCache {
  /** The index for the store as it is now (built from the store when it is not). */
  current(): Promise<InboxIndex>;
  /**
   * The items with these ids, in the order asked (ids deleted meanwhile are skipped): those the
   * background read or wrote since the index was built come from memory, the others from the store.
   * `current`: the index the caller has just had from current(), so the store's revision need not
   * be read again.
   */
  items(ids: readonly string[], current?: InboxIndex): Promise<InboxItem[]>;
  /** A change the index followed was not stored after all: the next query reads the store again. */
  forget(): void;
  /** The index when it is built and current, else null (without building it). */
  ready(): Promise<InboxIndex | null>;
  /**
   * After the background changed these items and before it publishes `revision`, the store's next
   * revision: the index follows the write and stays valid across the publication.
   */
  changed(ids: readonly string[], revision: string): Promise<void>;
  /**
   * The same when the writer has the items as written (`removed`: ids deleted); `textKept` when it
   * knows their searched text, authors and tags did not change (InboxIndex.apply).
   */
  changedItems(
    items: readonly InboxItem[],
    removed: readonly string[],
    revision: string,
    textKept?: boolean,
  ): Promise<void>;
}

/** The search's joined text is built in its own task once the index is ready, so no query waits for it. */
function prepareSearchSoon(index: InboxIndex) {
  setTimeout(() => index.prepareSearch(), 0);
}

export function inboxIndexCache(db: () => Promise<DB>, revision: () => Promise<string | null>): InboxIndexCache {
  /** `before`: the revision this index also stands for while the write's own is being published. */
  let built:
    | { revision: string | null; before?: string | null; index: Promise<InboxIndex>; memory: ItemMemory }
    | undefined;
  const isCurrent = (now: string | null) => built !== undefined && (built.revision === now || built.before === now);
  const follow = async (apply: (index: InboxIndex, memory: ItemMemory) => Promise<void>, next: string) => {
    const previous = built;
    if (!previous) return;
    const index = await previous.index;
    await apply(index, previous.memory);
    // Many changes call for a new joined text.
    prepareSearchSoon(index);
    // Only when nothing else moved the store meanwhile; otherwise the next query rebuilds.
    if (built === previous) {
      built = { revision: next, before: previous.revision, index: Promise.resolve(index), memory: previous.memory };
    }
  };
  const cache: InboxIndexCache = {
    async current() {
      const now = await revision();
      if (!built || !isCurrent(now)) {
        const index = db().then(async (store) => new InboxIndex(await store.getAll('inbox')));
        built = { revision: now, index, memory: new ItemMemory() };
        void index.then(prepareSearchSoon).catch(() => undefined);
        index.catch(() => {
          if (built?.index === index) built = undefined;
        });
      }
      return built.index;
    },
    async items(ids, current) {
      const entry = built;
      const valid = entry && (current ? (await entry.index) === current : isCurrent(await revision()));
      const memory = valid && built === entry ? entry.memory : null;
      if (!memory) return getInboxItems(await db(), ids);
      const epoch = memory.epoch;
      const missing = ids.filter((id) => memory.get(id) === undefined);
      const read = missing.length > 0 ? await getInboxItems(await db(), missing) : [];
      memory.read(read, epoch);
      const fromStore = new Map(read.map((item) => [item.id, item]));
      return ids.flatMap((id) => {
        const item = memory.get(id) ?? fromStore.get(id);
        return item ? [item] : [];
      });
    },
    forget() {
      built = undefined;
    },
    async ready() {
      return built && isCurrent(await revision()) ? built.index : null;
    },
    changed: (ids, next) => {
      // Forgotten at once: a window asked meanwhile reads them from the store.
      built?.memory.wrote([], ids);
      return follow(async (index, memory) => {
        const tx = (await db()).transaction('inbox');
        const items = await Promise.all(ids.map((id) => tx.store.get(id)));
        const found = items.filter((item) => item !== undefined);
        const removed = ids.filter((_id, at) => items[at] === undefined);
        memory.wrote(found, removed);
        index.apply(found, removed);
      }, next);
    },
    changedItems: (items, removed, next, textKept) => {
      built?.memory.wrote(items, removed);
      return follow(async (index) => index.apply(items, removed, textKept), next);
    },
  };
  return cache;
}
