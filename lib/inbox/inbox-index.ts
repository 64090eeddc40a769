/**
 * The inbox kept in memory by the background as compact rows, already in the order of every sort,
 * so any combination of filters, search and sort is one pass over one array: no item is read from
 * IndexedDB and nothing is sorted at query time. Built once from the store (when the background
 * starts or another context changed the store), then kept up to date item by item as the
 * background writes. The rows hold only what the filters, the search and the sorts read.
 */
import type { InboxItem } from '@/lib/inbox/item';
import {
  authorSortKey,
  fieldMatcher,
  INBOX_SORTS,
  type InboxQuery,
  type InboxSort,
  inboxQuerySchema,
  searchable,
  sortComparator,
} from '@/lib/inbox/query';

export interface InboxRow
  extends Pick<InboxItem, 'id' | 'network' | 'status' | 'tags' | 'sentiment' | 'assignee' | 'capturedAt'> {
  /** The searched text, folded once. */
  haystack: string;
  authorKey: string;
}

function rowOf(item: InboxItem): InboxRow {
  return {
    id: item.id,
    network: item.network,
    status: item.status,
    tags: item.tags,
    sentiment: item.sentiment,
    assignee: item.assignee,
    capturedAt: item.capturedAt,
    haystack: searchable(item),
    authorKey: authorSortKey(item.authorName),
  };
}

const comparators = Object.fromEntries(
  INBOX_SORTS.map((sort) => [sort, sortComparator<InboxRow>(sort, (row) => row.authorKey)]),
) as Record<InboxSort, (a: InboxRow, b: InboxRow) => number>;

/** The first position in `order` (sorted by `compare`) where `row` may go. */
function insertionPoint(order: readonly InboxRow[], row: InboxRow, compare: (a: InboxRow, b: InboxRow) => number) {
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
function merge(a: readonly InboxRow[], b: readonly InboxRow[], compare: (x: InboxRow, y: InboxRow) => number) {
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

export class InboxIndex {
  private readonly rows = new Map<string, InboxRow>();
  /** Every row, in each sort's order ('oldest' is 'newest' read backwards). */
  private readonly orders: Record<Exclude<InboxSort, 'oldest'>, InboxRow[]>;

  constructor(items: readonly InboxItem[]) {
    for (const item of items) this.rows.set(item.id, rowOf(item));
    const all = [...this.rows.values()];
    this.orders = {
      newest: [...all].sort(comparators.newest),
      author: [...all].sort(comparators.author),
      network: [...all].sort(comparators.network),
      status: [...all].sort(comparators.status),
    };
  }

  get size(): number {
    return this.rows.size;
  }

  /** Adds the item, or moves its row where its new values sort. */
  upsert(item: InboxItem): void {
    this.remove(item.id);
    const row = rowOf(item);
    this.rows.set(row.id, row);
    for (const [sort, order] of this.entries()) order.splice(insertionPoint(order, row, comparators[sort]), 0, row);
  }

  /**
   * Many changes at once (a bulk status change): every order is filtered once and merged with the
   * new rows sorted apart, so 10,000 changes cost a few passes, not 10,000 moves of each order.
   */
  apply(upserts: readonly InboxItem[], removedIds: readonly string[] = []): void {
    if (upserts.length + removedIds.length < 64) {
      for (const id of removedIds) this.remove(id);
      for (const item of upserts) this.upsert(item);
      return;
    }
    const gone = new Set<InboxRow>();
    for (const id of [...removedIds, ...upserts.map((item) => item.id)]) {
      const row = this.rows.get(id);
      if (row) gone.add(row);
      this.rows.delete(id);
    }
    const fresh = upserts.map(rowOf);
    for (const row of fresh) this.rows.set(row.id, row);
    for (const [sort, order] of this.entries()) {
      const compare = comparators[sort];
      this.orders[sort] = merge(
        order.filter((row) => !gone.has(row)),
        [...fresh].sort(compare),
        compare,
      );
    }
  }

  remove(id: string): void {
    const row = this.rows.get(id);
    if (!row) return;
    this.rows.delete(id);
    for (const [sort, order] of this.entries()) {
      // Equal sort keys are broken by id, so the row sits exactly at its insertion point.
      const at = insertionPoint(order, row, comparators[sort]);
      if (order[at] === row) order.splice(at, 1);
      else order.splice(order.indexOf(row), 1);
    }
  }

  /** The distinct tags and assignees in use, sorted (the filter menus): one pass over the rows. */
  facets(): { tags: string[]; assignees: string[] } {
    const tags = new Set<string>();
    const assignees = new Set<string>();
    for (const row of this.rows.values()) {
      for (const tag of row.tags ?? []) tags.add(tag);
      if (row.assignee) assignees.add(row.assignee);
    }
    const sorted = (values: Set<string>) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { tags: sorted(tags), assignees: sorted(assignees) };
  }

  /** The ids of the items matching the query, in the query's order. */
  ids(query: InboxQuery): string[] {
    const parsed = inboxQuerySchema.parse(query);
    const matches = fieldMatcher<InboxRow>(parsed, (row) => row.haystack);
    const order = this.orders[parsed.sort === 'oldest' ? 'newest' : parsed.sort];
    const ids: string[] = [];
    if (parsed.sort === 'oldest') {
      for (let at = order.length - 1; at >= 0; at--) {
        const row = order[at] as InboxRow;
        if (matches(row)) ids.push(row.id);
      }
    } else {
      for (const row of order) if (matches(row)) ids.push(row.id);
    }
    return ids;
  }

  private entries() {
    return Object.entries(this.orders) as [Exclude<InboxSort, 'oldest'>, InboxRow[]][];
  }
}
