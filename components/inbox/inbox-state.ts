import { batch, computed, signal } from '@preact/signals';
import type { InboxItem } from '@/lib/inbox/item';
import { type InboxQuery, OPEN_STATUSES } from '@/lib/inbox/query';
import { sendToBackground } from '@/lib/messaging/client';

/** Items fetched per request: a few screens of rows. */
export const PAGE_SIZE = 100;

export const DEFAULT_QUERY: InboxQuery = { statuses: [...OPEN_STATUSES], sort: 'newest' };

/**
 * The inbox view's signals: the query, the total, the windows of items fetched so far, the
 * selection, the keyboard cursor and the open item. Only pages near the screen are ever fetched.
 */
export function createInboxState() {
  const query = signal<InboxQuery>(DEFAULT_QUERY);
  const total = signal<number | null>(null);
  /** The rows shown came before the count (a worker just started): the count follows. */
  const counting = signal(false);
  const pages = signal<ReadonlyMap<number, InboxItem[]>>(new Map());
  const selected = signal<ReadonlySet<string>>(new Set());
  const active = signal(0);
  const openId = signal<string | null>(null);
  const mode = signal<'list' | 'map'>('list');
  const help = signal(false);
  const error = signal<string | null>(null);
  const selectedCount = computed(() => selected.value.size);
  /** Bumped on every query change or store revision: late answers of older generations are dropped. */
  let generation = 0;
  let inFlight = new Set<number>();
  /** Settles once the first rows (or an error) came back: what can wait for them asks after. */
  let firstAnswered: () => void = () => undefined;
  const afterFirstRows = new Promise<void>((resolve) => {
    firstAnswered = resolve;
  });

  const fetchPage = async (page: number, gen: number) => {
    const reply = await sendToBackground('queryInbox', {
      query: query.peek(),
      offset: page * PAGE_SIZE,
      limit: PAGE_SIZE,
    });
    if (gen !== generation) return;
    if (reply.counted === false) countNext();
    batch(() => {
      counting.value = reply.counted === false;
      total.value = reply.total;
      pages.value = new Map(pages.peek()).set(page, reply.items as InboxItem[]);
      error.value = null;
    });
  };

  /** Makes sure the pages covering rows [first, last] are fetched. */
  const ensureRows = (first: number, last: number) => {
    for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(Math.max(first, last) / PAGE_SIZE); page++) {
      if (pages.peek().has(page) || inFlight.has(page)) continue;
      inFlight.add(page);
      const gen = generation;
      fetchPage(page, gen)
        .catch((reason: unknown) => {
          if (gen === generation) error.value = reason instanceof Error ? reason.message : String(reason);
        })
        .finally(() => {
          if (gen === generation) inFlight.delete(page);
        });
    }
  };

  /**
   * Re-reads the pages on screen. `keep`: the old rows stay until the new ones arrive (a store
   * change), instead of blanking (a new query).
   */
  const reload = (visible: [number, number], keep: boolean) => {
    generation++;
    inFlight = new Set();
    const gen = generation;
    const first = Math.floor(visible[0] / PAGE_SIZE);
    const last = Math.floor(Math.max(visible[0], visible[1]) / PAGE_SIZE);
    const wanted = Array.from({ length: last - first + 1 }, (_, index) => first + index);
    if (!keep)
      batch(() => {
        pages.value = new Map();
        total.value = null;
      });
    Promise.all(
      wanted.map((page) =>
        sendToBackground('queryInbox', { query: query.peek(), offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
          (reply) => [page, reply] as const,
        ),
      ),
    ).then(
      (replies) => {
        firstAnswered();
        if (gen !== generation) return;
        if (replies[0]?.[1].counted === false) countNext();
        batch(() => {
          counting.value = replies[0]?.[1].counted === false;
          pages.value = new Map(replies.map(([page, reply]) => [page, reply.items as InboxItem[]]));
          total.value = replies[0]?.[1].total ?? 0;
          active.value = Math.min(active.peek(), Math.max(0, total.value - 1));
          error.value = null;
        });
      },
      (reason: unknown) => {
        firstAnswered();
        if (gen === generation) error.value = reason instanceof Error ? reason.message : String(reason);
      },
    );
  };

  /** The first rows came uncounted: ask again, keeping them on screen (the background answers once counted). */
  const countNext = () => queueMicrotask(() => reload([0, PAGE_SIZE - 1], true));

  const itemAt = (index: number): InboxItem | undefined =>
    pages.value.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];

  return {
    query,
    total,
    counting,
    afterFirstRows,
    pages,
    selected,
    selectedCount,
    active,
    openId,
    mode,
    help,
    error,
    ensureRows,
    reload,
    itemAt,
  };
}

export type InboxState = ReturnType<typeof createInboxState>;
