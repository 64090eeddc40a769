/**
 * The inbox kept in memory by the background as compact rows (lib/inbox/inbox-rows.ts), already in
 * the order of every sort, so any combination of filters is one pass along one order reading the
 * filtered fields' typed columns (lib/inbox/inbox-columns.ts), and a search is narrowed by one
 * joined text (lib/inbox/search-corpus.ts): no item is read from IndexedDB and no item is compared
 * to another at query time. Built once from the store (when the background starts or another
 * context changed the store), then kept up to date item by item as the background writes. The rows
 * hold only what the filters, the search and the sorts read.
 */
import { InboxColumns } from '@/lib/inbox/inbox-columns';
import {
  rowComparators as comparators,
  type InboxRow,
  insertionPoint,
  type KeptSort,
  makeRow,
  mergeRows,
  orderFromNewest,
  rowOf,
} from '@/lib/inbox/inbox-rows';
import type { InboxItem } from '@/lib/inbox/item';
import { fieldMatcher, type InboxQuery, inboxQuerySchema, searchTerms } from '@/lib/inbox/query';
import { SearchCorpus } from '@/lib/inbox/search-corpus';

export type { InboxRow } from '@/lib/inbox/inbox-rows';

const NONE: ReadonlySet<string> = new Set();

/** Beyond this share of the inbox, a search's matches are found along the order rather than sorted. */
const MANY_SHARE = 1 / 16;

export class InboxIndex {
  private readonly rows = new Map<string, InboxRow>();
  /** Every row, in each sort's order ('oldest' is 'newest' read backwards). */
  private readonly orders: Record<KeptSort, InboxRow[]>;
  /** Rows by slot (undefined: a free slot); an item keeps its slot while it lives. */
  private readonly slots: (InboxRow | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  /**
   * The search's joined text (built by prepareSearch or the first search) and the rows placed since
   * with a new text, which a search checks one by one; rebuilt when those grow too many.
   */
  private corpus: { search: SearchCorpus<InboxRow>; since: InboxRow[] } | null = null;
  /**
   * Derived from the orders, dropped by any change: each row's position in each order, by slot
   * (computed when a search needs it), and each order as its rows' slots (when a query walks it).
   */
  private ranks: Partial<Record<KeptSort, Int32Array>> = {};
  private orderSlots: Partial<Record<KeptSort, Int32Array>> = {};
  /** The filtered fields by slot, for the filter pass. */
  private readonly columns = new InboxColumns();

  constructor(items: readonly InboxItem[]) {
    for (const item of items) this.place(rowOf(item, this.slotFor(item.id)));
    const newest = [...this.rows.values()].sort(comparators.newest);
    this.orders = {
      newest,
      author: orderFromNewest(newest, 'author'),
      network: orderFromNewest(newest, 'network'),
      status: orderFromNewest(newest, 'status'),
    };
  }

  get size(): number {
    return this.rows.size;
  }

  /** Adds the item, or moves its row where its new values sort. */
  upsert(item: InboxItem): void {
    const slot = this.slotFor(item.id);
    this.unlist(item.id);
    const row = rowOf(item, slot);
    this.place(row);
    for (const [sort, order] of this.entries()) order.splice(insertionPoint(order, row, comparators[sort]), 0, row);
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
      this.freeSlot(id);
    }
    /** Each changed row's new row. */
    const replaced = new Map<InboxRow, InboxRow>();
    const fresh: InboxRow[] = [];
    for (const item of upserts) {
      const old = this.rows.get(item.id);
      const row = old && textKept ? makeRow(item, old.slot, old) : rowOf(item, this.slotFor(item.id));
      if (old) replaced.set(old, row);
      fresh.push(row);
      // Kept text: the search corpus holds it already.
      if (old && textKept) {
        this.rows.set(row.id, row);
        this.slots[row.slot] = row;
        this.columns.set(row);
      } else this.place(row);
    }
    this.dropDerived();
    for (const [sort, order] of this.entries()) {
      const compare = comparators[sort];
      const kept: InboxRow[] = [];
      const stayed = new Set<InboxRow>();
      for (const row of order) {
        if (gone.has(row)) continue;
        const next = replaced.get(row);
        if (next === undefined) kept.push(row);
        else if (compare(row, next) === 0) {
          kept.push(next);
          stayed.add(next);
        }
      }
      const moved = fresh.filter((row) => !stayed.has(row));
      this.orders[sort] = mergeRows(kept, moved.sort(compare), compare);
    }
  }

  remove(id: string): void {
    const row = this.rows.get(id);
    if (!row) return;
    this.freeSlot(id);
    this.unlistRow(row);
  }

  /** Takes the item's row out of the orders (its slot stays with it). */
  private unlist(id: string): void {
    const row = this.rows.get(id);
    if (row) this.unlistRow(row);
  }

  private unlistRow(row: InboxRow): void {
    this.dropDerived();
    this.rows.delete(row.id);
    for (const [sort, order] of this.entries()) {
      // Equal sort keys are broken by id, so the row sits exactly at its insertion point.
      const at = insertionPoint(order, row, comparators[sort]);
      if (order[at] === row) order.splice(at, 1);
      else order.splice(order.indexOf(row), 1);
    }
  }

  /** Builds the search's joined text now (one task of tens of milliseconds), before a search needs it. */
  prepareSearch(): void {
    this.searchCorpus();
  }

  private searchCorpus() {
    if (!this.corpus || this.corpus.since.length > this.rows.size / 8) {
      this.corpus = { search: new SearchCorpus([...this.rows.values()]), since: [] };
    }
    return this.corpus;
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
    const found = this.searched(parsed.search, matches, sort === 'newest');
    let walked: Int32Array = this.slotsOf(sort);
    /** Marks the found rows' slots when many are found; null: check the filters. */
    let hit: Uint8Array | null = null;
    let checked = true;
    if (found && found.length > this.rows.size * MANY_SHARE) {
      // Many matches: found along the order, one look at a mark per row (a sequential walk).
      hit = new Uint8Array(this.slots.length);
      for (const row of found) hit[row.slot] = 1;
    } else if (found) {
      // Few matches: put in the sort's order by their positions in it, a sort of numbers.
      const rank = this.rankOf(sort);
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
        if (onRows && !matches(this.slots[slot] as InboxRow)) continue;
      }
      if (ranking && first.has((this.slots[slot] as InboxRow).authorRef)) {
        if (rankedCount++ < want) ranked.push((this.slots[slot] as InboxRow).id);
      } else if (count++ < want) ids.push((this.slots[slot] as InboxRow).id);
    }
    const all = ranked.length > 0 ? ranked.concat(ids) : ids;
    return {
      total: count + rankedCount,
      ids: offset === 0 && all.length <= limit ? all : all.slice(offset, want),
    };
  }

  /**
   * The rows matching the whole query (in no order), found among the rows whose text holds the
   * search's longest term (likely its rarest); null without a search, or for one common word
   * searched in capture-time order.
   */
  private searched(
    search: string | undefined,
    matches: (row: InboxRow) => boolean,
    byCaptureTime: boolean,
  ): InboxRow[] | null {
    const terms = searchTerms(search);
    if (terms.length === 0) return null;
    const corpus = this.searchCorpus();
    const term = terms.reduce((longest, next) => (next.length > longest.length ? next : longest));
    const seen = new Uint8Array(this.slots.length);
    const found: InboxRow[] = [];
    // A row as the corpus or `since` knew it counts only if its slot still holds that text.
    const consider = (known: InboxRow) => {
      const live = this.slots[known.slot];
      if (!live || seen[live.slot] || live.haystack !== known.haystack) return;
      seen[live.slot] = 1;
      if (matches(live)) found.push(live);
    };
    // One common word along the capture-time order (rows lie in memory about in that order): checking
    // each row's text measured faster than collecting the word's rows; every other search is narrowed.
    const common = terms.length === 1 && byCaptureTime ? this.rows.size * MANY_SHARE : Number.POSITIVE_INFINITY;
    const holding = corpus.search.holding(term, common);
    if (!holding) return null;
    for (const row of holding) consider(row);
    for (const row of corpus.since) consider(row);
    return found;
  }

  private rankOf(sort: KeptSort): Int32Array {
    const known = this.ranks[sort];
    if (known) return known;
    const rank = new Int32Array(this.slots.length);
    const order = this.orders[sort];
    for (let at = 0; at < order.length; at++) rank[(order[at] as InboxRow).slot] = at;
    this.ranks[sort] = rank;
    return rank;
  }

  /** The item's slot: the one it has, else a free one (reserved). */
  private slotFor(id: string): number {
    const row = this.rows.get(id);
    if (row) return row.slot;
    const free = this.freeSlots.pop();
    if (free !== undefined) return free;
    this.slots.push(undefined);
    return this.slots.length - 1;
  }

  private freeSlot(id: string): void {
    const row = this.rows.get(id);
    if (!row) return;
    this.rows.delete(id);
    this.slots[row.slot] = undefined;
    this.freeSlots.push(row.slot);
  }

  private place(row: InboxRow): void {
    this.dropDerived();
    this.rows.set(row.id, row);
    this.slots[row.slot] = row;
    this.columns.set(row);
    this.corpus?.since.push(row);
  }

  private dropDerived(): void {
    this.ranks = {};
    this.orderSlots = {};
  }

  /** The order's rows as slots (a walk reads numbers, then the columns). */
  private slotsOf(sort: KeptSort): Int32Array {
    const known = this.orderSlots[sort];
    if (known) return known;
    const order = this.orders[sort];
    const slots = new Int32Array(order.length);
    for (let at = 0; at < order.length; at++) slots[at] = (order[at] as InboxRow).slot;
    this.orderSlots[sort] = slots;
    return slots;
  }

  private entries() {
    return Object.entries(this.orders) as [KeptSort, InboxRow[]][];
  }
}
