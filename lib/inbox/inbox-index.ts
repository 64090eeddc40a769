/**
 * The inbox kept in memory by the background as compact rows (lib/inbox/inbox-rows.ts), already in
 * the order of every sort (lib/inbox/inbox-orders.ts), so any combination of filters is one pass
 * along one order reading the filtered fields' typed columns (lib/inbox/inbox-columns.ts), and a
 * search is narrowed by one joined text (lib/inbox/index-search.ts): no item is read from IndexedDB
 * and no item is compared to another at query time. Built once from the store (when the background
 * starts or another context changed the store), then kept up to date item by item as the
 * background writes. The rows hold only what the filters, the search and the sorts read; each has
 * a slot (lib/inbox/row-slots.ts) that the columns and the orders' positions are indexed by.
 */
import { InboxColumns } from '@/lib/inbox/inbox-columns';
import { InboxOrders } from '@/lib/inbox/inbox-orders';
import { type InboxRow, makeRow, rowOf } from '@/lib/inbox/inbox-rows';
import { IndexSearch, MANY_SHARE } from '@/lib/inbox/index-search';
import type { InboxItem } from '@/lib/inbox/item';
import { fieldMatcher, type InboxQuery, inboxQuerySchema, searchTerms } from '@/lib/inbox/query';
import { RowSlots } from '@/lib/inbox/row-slots';

export type { InboxRow } from '@/lib/inbox/inbox-rows';

const NONE: ReadonlySet<string> = new Set();

export class InboxIndex {
  private readonly rows = new RowSlots();
  private readonly orders: InboxOrders;
  /** The filtered fields by slot, for the filter pass. */
  private readonly columns = new InboxColumns();
  private readonly search = new IndexSearch(this.rows);

  constructor(items: readonly InboxItem[]) {
    for (const item of items) this.place(rowOf(item, this.rows.slotFor(item.id)));
    this.orders = new InboxOrders(this.rows.values());
  }

  get size(): number {
    return this.rows.size;
  }

  /** Adds the item, or moves its row where its new values sort. */
  upsert(item: InboxItem): void {
    const slot = this.rows.slotFor(item.id);
    const old = this.rows.get(item.id);
    if (old) {
      this.rows.unlist(item.id);
      this.orders.remove(old);
    }
    const row = rowOf(item, slot);
    this.place(row);
    this.orders.insert(row);
  }

  /**
   * Many changes at once (a bulk status change): every order is walked once, the rows whose sort
   * keys did not change replaced where they stand, the others merged in sorted apart, so 10,000
   * changes cost a few passes, not 10,000 moves of each order. `textKept`: the writer knows the
   * searched text, the author and the tags are unchanged (a status, assignee or sentiment change),
   * so the rows' folded text is kept, not folded again.
   */
  apply(upserts: readonly InboxItem[], removedIds: readonly string[] = [], textKept = false): void {
    if (upserts.length + removedIds.length < 64) {
      for (const id of removedIds) this.remove(id);
      for (const item of upserts) this.upsert(item);
      return;
    }
    const gone = new Set<InboxRow>();
    for (const id of removedIds) {
      const row = this.rows.get(id);
      if (!row) continue;
      gone.add(row);
      this.rows.free(id);
    }
    /** Each changed row's new row. */
    const replaced = new Map<InboxRow, InboxRow>();
    const fresh: InboxRow[] = [];
    for (const item of upserts) {
      const old = this.rows.get(item.id);
      const row = old && textKept ? makeRow(item, old.slot, old) : rowOf(item, this.rows.slotFor(item.id));
      if (old) replaced.set(old, row);
      fresh.push(row);
      // Kept text: the search corpus holds it already.
      if (old && textKept) {
        this.rows.set(row);
        this.columns.set(row);
      } else this.place(row);
    }
    this.orders.merge(gone, replaced, fresh);
  }

  remove(id: string): void {
    const row = this.rows.get(id);
    if (!row) return;
    this.rows.free(id);
    this.orders.remove(row);
  }

  /** Builds the search's joined text now (one task of tens of milliseconds), before a search needs it. */
  prepareSearch(): void {
    this.search.prepare();
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

  /**
   * The ids of the items matching the query, in the query's order; the items of the authors in
   * `first` (highlighted people: VIP, partner, journalist) come before the others, each part in
   * the query's order.
   */
  ids(query: InboxQuery, first: ReadonlySet<string> = NONE): string[] {
    return this.select(query, first).ids;
  }

  /**
   * How many items match the query, and the ids of the window [offset, offset + limit) in the
   * query's order (highlighted authors first, as in `ids`): only the window's ids are collected.
   * A search is narrowed first, through the search corpus, to the rows holding its longest term;
   * few matches are put in order by their positions, more are found along the sort's order with one
   * look at a mark per row. Without a search, the sort's order is walked as slots and the filters
   * read the typed columns; tags and the crisis filter are checked on the rows that pass.
   */
  select(
    query: InboxQuery,
    first: ReadonlySet<string> = NONE,
    offset = 0,
    limit = Number.POSITIVE_INFINITY,
  ): { total: number; ids: string[] } {
    const parsed = inboxQuerySchema.parse(query);
    const matches = fieldMatcher<InboxRow>(parsed, (row) => row.haystack);
    const sort = parsed.sort === 'oldest' ? 'newest' : parsed.sort;
    const found = this.search.find(parsed.search, matches, sort === 'newest');
    let walked: Int32Array = this.orders.slotsOf(sort);
    /** Marks the found rows' slots when many are found; null: check the filters. */
    let hit: Uint8Array | null = null;
    let checked = true;
    if (found && found.length > this.rows.size * MANY_SHARE) {
      // Many matches: found along the order, one look at a mark per row (a sequential walk).
      hit = new Uint8Array(this.rows.slotCount);
      for (const row of found) hit[row.slot] = 1;
    } else if (found) {
      // Few matches: put in the sort's order by their positions in it, a sort of numbers.
      const rank = this.orders.rankOf(sort, this.rows.slotCount);
      const positions = new Int32Array(found.length);
      for (let at = 0; at < found.length; at++) positions[at] = rank[(found[at] as InboxRow).slot] as number;
      positions.sort();
      const order = walked;
      walked = positions.map((position) => order[position] as number);
      checked = false;
    }
    const filter = this.columns.filter(parsed);
    if (checked && !hit && filter.none) return { total: 0, ids: [] };
    // Tags, the crisis filter and a search not narrowed (one common word, newest first) are not in
    // the columns: the whole matcher decides on the rows the columns let through.
    const onRows =
      checked &&
      !hit &&
      (parsed.tag !== undefined || parsed.crisis !== undefined || searchTerms(parsed.search).length > 0);
    const want = offset + limit;
    const ranking = first.size > 0;
    const ids: string[] = [];
    const ranked: string[] = [];
    let count = 0;
    let rankedCount = 0;
    const backwards = parsed.sort === 'oldest';
    const end = walked.length;
    for (let step = 0; step < end; step++) {
      const slot = walked[backwards ? end - 1 - step : step] as number;
      if (hit !== null) {
        if (hit[slot] !== 1) continue;
      } else if (checked) {
        if (!this.columns.accepts(filter, slot)) continue;
        if (onRows && !matches(this.rows.at(slot) as InboxRow)) continue;
      }
      if (ranking && first.has((this.rows.at(slot) as InboxRow).authorRef)) {
        if (rankedCount++ < want) ranked.push((this.rows.at(slot) as InboxRow).id);
      } else if (count++ < want) ids.push((this.rows.at(slot) as InboxRow).id);
    }
    const all = ranked.length > 0 ? ranked.concat(ids) : ids;
    return {
      total: count + rankedCount,
      ids: offset === 0 && all.length <= limit ? all : all.slice(offset, want),
    };
  }

  /** The row in its slot, its filtered fields in the columns, its text to be searched. */
  private place(row: InboxRow): void {
    this.rows.set(row);
    this.columns.set(row);
    this.search.placed(row);
  }
}
