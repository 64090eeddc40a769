import { deleteDB, type IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inboxIndexCache } from '@/lib/db/inbox-index-cache';
import { firstWindow, getInboxItems } from '@/lib/db/inbox-query';
import { openCompanionDb } from '@/lib/db/open';
import type { CompanionDB } from '@/lib/db/schema';
import { InboxIndex } from '@/lib/inbox/inbox-index';
import type { InboxItem } from '@/lib/inbox/item';
import { applyQuery, type InboxQuery, OPEN_STATUSES } from '@/lib/inbox/query';
import { makeItem } from '@/lib/inbox/test-items';

const NAME = 'inbox-query-test';
let db: IDBPDatabase<CompanionDB>;
const items: InboxItem[] = Array.from({ length: 60 }, (_, index) =>
  makeItem(index, {
    sentiment: (['positive', 'question', 'complaint'] as const)[index % 3],
    assignee: index % 4 === 0 ? 'Léa' : undefined,
  }),
);

beforeEach(async () => {
  db = await openCompanionDb(NAME);
  for (const item of items) await db.put('inbox', item);
});
afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

describe('inbox queries over IndexedDB', () => {
  it.each<[string, InboxQuery]>([
    ['tag', { tag: 'urgent' }],
    ['assignee', { assignee: 'Léa', sort: 'oldest' }],
    ['unassigned', { assignee: '' }],
    ['sentiment and network', { sentiment: 'complaint', network: 'x' }],
    ['one status', { statuses: ['new'], sort: 'author' }],
    ['open statuses', { statuses: [...OPEN_STATUSES] }],
    ['date range', { from: items[10]?.capturedAt, to: items[20]?.capturedAt }],
    ['search', { search: 'livraison', sort: 'network' }],
  ])('%s: the background index built from the store agrees with the in-memory reference', async (_label, query) => {
    const cache = inboxIndexCache(
      async () => db,
      async () => 'r1',
    );
    expect((await cache.current()).ids(query)).toEqual(applyQuery(items, query).map((item) => item.id));
  });

  it("keeps the index for the background's own writes, rebuilds it for a revision it did not make", async () => {
    let revision = 'r1';
    const cache = inboxIndexCache(
      async () => db,
      async () => revision,
    );
    const first = await cache.current();
    const changed = { ...(items[5] as InboxItem), status: 'archived' as const, authorName: 'Aaron' };
    await db.put('inbox', changed);
    await db.delete('inbox', 'item-000006');
    revision = 'r2';
    await cache.changed([changed.id, 'item-000006'], 'r2');
    const live = items
      .filter((item) => item.id !== 'item-000006')
      .map((item) => (item.id === changed.id ? changed : item));
    expect(await cache.current()).toBe(first);
    expect(first.ids({ sort: 'author' })).toEqual(applyQuery(live, { sort: 'author' }).map((item) => item.id));
    // Another context wrote (a revision the background did not make): read again from the store.
    await db.delete('inbox', 'item-000007');
    revision = 'r3';
    const rebuilt = await cache.current();
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.size).toBe(live.length - 1);
  });

  it('serves windows of items from memory where it can, never older than the store', async () => {
    let revision = 'r1';
    let reads = 0;
    // Counts the store's read transactions (a window read from memory opens none).
    const counted = new Proxy(db, {
      get(target, key) {
        if (key === 'transaction') {
          return (...args: Parameters<typeof db.transaction>) => {
            if (args[1] !== 'readwrite') reads++;
            return target.transaction(...args);
          };
        }
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    let revisionReads = 0;
    const cache = inboxIndexCache(
      async () => counted,
      async () => {
        revisionReads++;
        return revision;
      },
    );
    await cache.current();
    const window = ['item-000003', 'item-000001', 'item-000002'];
    const ids = async (asked = window) => (await cache.items(asked)).map((item) => `${item.id}:${item.status}`);
    const stored = (index: number) => `${items[index]?.id}:${items[index]?.status}`;
    expect(await ids()).toEqual([stored(3), stored(1), stored(2)]);
    reads = 0;
    await cache.items(window);
    expect(reads).toBe(0);

    // The background's own writes: the items as written, then ids re-read from the store.
    const archived = { ...(items[1] as InboxItem), status: 'archived' as const };
    await db.put('inbox', archived);
    revision = 'r2';
    await cache.changedItems([archived], [], 'r2');
    await db.put('inbox', { ...(items[2] as InboxItem), status: 'answered' });
    await db.delete('inbox', 'item-000003');
    revision = 'r3';
    await cache.changed(['item-000002', 'item-000003'], 'r3');
    expect(await ids()).toEqual(['item-000001:archived', 'item-000002:answered']);
    reads = 0;
    expect(await ids(['item-000002', 'item-000001'])).toEqual(['item-000002:answered', 'item-000001:archived']);
    expect(reads).toBe(0);
    // With the index the caller just had from current(): neither the store nor its revision is read again.
    const current = await cache.current();
    revisionReads = 0;
    expect((await cache.items(['item-000001'], current)).map((item) => item.status)).toEqual(['archived']);
    expect([reads, revisionReads]).toEqual([0, 0]);

    // Another context wrote: the memory is dropped with the index, the store answers.
    await db.put('inbox', { ...(items[1] as InboxItem), status: 'to-answer' });
    revision = 'r4';
    reads = 0;
    expect(await ids()).toEqual(['item-000001:to-answer', 'item-000002:answered']);
    expect(reads).toBeGreaterThan(0);
  });

  it('serves the first window of the default views from the indexes, as the full query would', async () => {
    const queries: InboxQuery[] = [{}, { statuses: [...OPEN_STATUSES] }, { statuses: ['archived'], sort: 'oldest' }];
    for (const query of queries) {
      const expected = applyQuery(items, query);
      expect(await firstWindow(db, query, 7)).toEqual(expected.slice(0, 7));
    }
    expect(await firstWindow(db, { network: 'x' }, 7)).toBeNull();
    expect(await firstWindow(db, { sort: 'author' }, 7)).toBeNull();
  });

  it('reads items by id in order and lists the facets', async () => {
    expect((await getInboxItems(db, ['item-000003', 'gone', 'item-000001'])).map((item) => item.id)).toEqual([
      'item-000003',
      'item-000001',
    ]);
    expect(new InboxIndex(await db.getAll('inbox')).facets()).toEqual({ tags: ['urgent'], assignees: ['Léa'] });
  });
});
