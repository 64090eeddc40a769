import { describe, expect, it } from 'vitest';
import { type InboxRow, orderFromNewest, rowComparators, rowOf } from '@/lib/inbox/inbox-rows';
import { makeItem } from '@/lib/inbox/test-items';

const AUTHORS = ['Zoé', 'zoe', 'adam', 'Adam', 'Émile', 'Łukasz', '李雷', ''];
const STATUSES = ['new', 'to-answer', 'answered', 'archived'] as const;

describe('orderFromNewest', () => {
  it('gives each sort’s order from the newest-first one, ties (same key, same time) included', () => {
    const rows: InboxRow[] = Array.from({ length: 500 }, (_, index) =>
      rowOf(
        makeItem(index, {
          authorName: AUTHORS[(index * 7) % AUTHORS.length] ?? '',
          capturedAt: 1_700_000_000_000 + ((index * 13) % 20) * 60_000,
          status: STATUSES[(index * 5) % 4],
        }),
        index,
      ),
    );
    const newest = [...rows].sort(rowComparators.newest);
    for (const sort of ['author', 'network', 'status'] as const) {
      expect(
        orderFromNewest(newest, sort).map((row) => row.id),
        sort,
      ).toEqual([...rows].sort(rowComparators[sort]).map((row) => row.id));
    }
    expect(orderFromNewest([], 'author')).toEqual([]);
  });
});
