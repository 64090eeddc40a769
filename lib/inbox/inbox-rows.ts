/**
 * The inbox index's compact rows (lib/inbox/inbox-index.ts) and how they sort: a row holds only
 * what the filters, the search and the sorts read, and each sort's order (lib/inbox/inbox-orders.ts)
 * is an array of rows kept sorted by that sort's comparison.
 */
import type { InboxItem } from '@/lib/inbox/item';
import { authorSortKey, INBOX_SORTS, type InboxSort, searchable, sortComparator, sortKeyOf } from '@/lib/inbox/query';
import { personRef } from '@/lib/people/refs';

export interface InboxRow
  extends Pick<InboxItem, 'id' | 'network' | 'status' | 'tags' | 'sentiment' | 'assignee' | 'capturedAt'> {
  /** The searched text, folded once. */
  haystack: string;
  authorKey: string;
  /** The author's person ref (lib/people/refs.ts): highlighted people's items rank first. */
  authorRef: string;
  /** The row's place in the index's slots (kept by the item across its changes): where a search finds it. */
  slot: number;
}

/** The sorts kept as orders ('oldest' is 'newest' read backwards). */
export type KeptSort = Exclude<InboxSort, 'oldest'>;

/** One literal for every row, so all rows share one shape and the query loops stay fast. */
export function makeRow(
  item: InboxItem,
  slot: number,
  folded: Pick<InboxRow, 'haystack' | 'authorKey' | 'authorRef'>,
): InboxRow {
  return {
    slot,
    id: item.id,
    network: item.network,
    status: item.status,
    tags: item.tags,
    sentiment: item.sentiment,
    assignee: item.assignee,
    capturedAt: item.capturedAt,
    haystack: folded.haystack,
    authorKey: folded.authorKey,
    authorRef: folded.authorRef,
  };
}

/** The item's row, its text folded. */
export function rowOf(item: InboxItem, slot: number): InboxRow {
  return makeRow(item, slot, {
    haystack: searchable(item),
    authorKey: authorSortKey(item.authorName),
    authorRef: personRef(item.network, item.authorHandle, item.authorName),
  });
}

export const rowComparators = Object.fromEntries(
  INBOX_SORTS.map((sort) => [sort, sortComparator<InboxRow>(sort, (row) => row.authorKey)]),
) as Record<InboxSort, (a: InboxRow, b: InboxRow) => number>;

/** The first position in `order` (sorted by `compare`) where `row` may go. */
export function insertionPoint(
  order: readonly InboxRow[],
  row: InboxRow,
  compare: (a: InboxRow, b: InboxRow) => number,
): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(order[middle] as InboxRow, row) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Two sorted arrays as one. */
export function mergeRows(
  a: readonly InboxRow[],
  b: readonly InboxRow[],
  compare: (x: InboxRow, y: InboxRow) => number,
): InboxRow[] {
  const out: InboxRow[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    out[k++] = compare(a[i] as InboxRow, b[j] as InboxRow) <= 0 ? (a[i++] as InboxRow) : (b[j++] as InboxRow);
  }
  while (i < a.length) out[k++] = a[i++] as InboxRow;
  while (j < b.length) out[k++] = b[j++] as InboxRow;
  return out;
}

/**
 * A sort's order from the newest-first order, without comparing rows: the rows grouped by the
 * sort's first key (each group keeps the newest-first order, the sort's tie-break), the groups in
 * the keys' order. Building the index so costs one sort of 100,000 rows instead of four.
 */
export function orderFromNewest(newest: readonly InboxRow[], sort: Exclude<KeptSort, 'newest'>): InboxRow[] {
  const keyOf = sortKeyOf<InboxRow>(sort, (row) => row.authorKey);
  const groups = new Map<string | number, InboxRow[]>();
  for (const row of newest) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const order: InboxRow[] = new Array(newest.length);
  let at = 0;
  for (const key of keys) for (const row of groups.get(key) as InboxRow[]) order[at++] = row;
  return order;
}
