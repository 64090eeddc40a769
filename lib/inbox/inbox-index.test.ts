import { describe, expect, it } from 'vitest';
import { InboxIndex } from '@/lib/inbox/inbox-index';
import type { InboxItem } from '@/lib/inbox/item';
import { applyQuery, INBOX_SORTS, type InboxQuery, OPEN_STATUSES } from '@/lib/inbox/query';
import { makeItem } from '@/lib/inbox/test-items';

const AUTHORS = ['Zoé', 'adam', 'Émile', 'zoe', 'Adam', 'Łukasz', '李雷', ''];
const SENTIMENTS = [undefined, 'complaint', 'positive', 'question'] as const;

/** Items whose fields collide often (same times, same authors), so ties and orders are exercised. */
function varied(count: number, seed = 1): InboxItem[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
  return Array.from({ length: count }, (_, index) =>
    makeItem(index, {
      authorName: AUTHORS[next(AUTHORS.length)] ?? '',
      capturedAt: 1_700_000_000_000 + next(50) * 60_000,
      sentiment: SENTIMENTS[next(SENTIMENTS.length)],
      assignee: next(3) === 0 ? 'Léa' : undefined,
      notes: next(4) === 0 ? 'Rappeler demain' : undefined,
    }),
  );
}

const QUERIES: InboxQuery[] = [
  {},
  { statuses: [...OPEN_STATUSES] },
  { network: 'x' },
  { search: 'livraison' },
  { search: 'LIVRAISON rappeler' },
  { search: 'emile' },
  { tag: 'urgent', statuses: ['new'] },
  { sentiment: 'complaint', assignee: 'Léa' },
  { assignee: '' },
  { from: 1_700_000_000_000 + 10 * 60_000, to: 1_700_000_000_000 + 30 * 60_000 },
  { network: 'linkedin', search: 'message 1' },
];

const reference = (items: readonly InboxItem[], query: InboxQuery) => applyQuery(items, query).map((item) => item.id);

describe('the background inbox index', () => {
  it('answers every filter, search and sort exactly as the in-memory reference', () => {
    const items = varied(600);
    const index = new InboxIndex(items);
    for (const query of QUERIES) {
      for (const sort of INBOX_SORTS) {
        expect(index.ids({ ...query, sort }), JSON.stringify({ ...query, sort })).toEqual(
          reference(items, { ...query, sort }),
        );
      }
    }
  });

  it('stays exact as items are added, changed and removed one by one', () => {
    const items = varied(300, 7);
    const index = new InboxIndex(items.slice(0, 150));
    const live = new Map(items.slice(0, 150).map((item) => [item.id, item]));
    for (const item of items.slice(150)) {
      index.upsert(item);
      live.set(item.id, item);
    }
    for (const item of items.slice(0, 60)) {
      const changed = { ...item, status: 'archived' as const, authorName: 'Bérénice', capturedAt: item.capturedAt + 1 };
      index.upsert(changed);
      live.set(item.id, changed);
    }
    for (const item of items.slice(60, 90)) {
      index.remove(item.id);
      live.delete(item.id);
    }
    index.remove('no such id');
    // A bulk change takes the merge path.
    const bulk = [...live.values()].slice(0, 100).map((item) => ({ ...item, status: 'answered' as const }));
    const bulkRemoved = [...live.keys()].slice(100, 130);
    index.apply(bulk, bulkRemoved);
    for (const item of bulk) live.set(item.id, item);
    for (const id of bulkRemoved) live.delete(id);
    expect(index.size).toBe(live.size);
    for (const query of QUERIES) {
      for (const sort of INBOX_SORTS) {
        expect(index.ids({ ...query, sort })).toEqual(reference([...live.values()], { ...query, sort }));
      }
    }
  });
});

describe('highlighted people rank first', () => {
  it('puts the highlighted authors’ items first, each part in the query’s order', () => {
    const items = varied(300, 7);
    const index = new InboxIndex(items);
    // makeItem's handles: @author<n % 97>, on the network of n % 9.
    const vip = items[5] as InboxItem;
    const first = new Set([`${vip.network}:${vip.authorHandle.replace('@', '')}`]);
    for (const sort of INBOX_SORTS) {
      const query: InboxQuery = { sort, statuses: [...OPEN_STATUSES] };
      const expected = applyQuery(items, query);
      const isVip = (item: InboxItem) => item.network === vip.network && item.authorHandle === vip.authorHandle;
      const ranked = [...expected.filter(isVip), ...expected.filter((item) => !isVip(item))].map((item) => item.id);
      expect(ranked.slice(0, 1)).not.toEqual(expected.slice(0, 1).map((item) => item.id));
      expect(index.ids(query, first)).toEqual(ranked);
    }
    expect(index.ids({}, new Set())).toEqual(applyQuery(items, {}).map((item) => item.id));
  });
});
