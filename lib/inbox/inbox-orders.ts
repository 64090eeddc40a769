/**
 * Every row of the inbox index in each kept sort's order ('oldest' is 'newest' read backwards),
 * with what a query derives from an order: each row's position in it (by slot, when a search puts
 * its few matches in order) and the order as its rows' slots (when a query walks it). The derived
 * arrays are dropped by any change and computed again when asked.
 */
import {
  rowComparators as comparators,
  type InboxRow,
  insertionPoint,
  type KeptSort,
  mergeRows,
  orderFromNewest,
} from '@/lib/inbox/inbox-rows';

export class InboxOrders {
  private readonly orders: Record<KeptSort, InboxRow[]>;
  private ranks: Partial<Record<KeptSort, Int32Array>> = {};
  private orderSlots: Partial<Record<KeptSort, Int32Array>> = {};

  /** One sort of the rows (newest first); the other orders are grouped from it. */
  constructor(rows: Iterable<InboxRow>) {
    const newest = [...rows].sort(comparators.newest);
    this.orders = {
      newest,
      author: orderFromNewest(newest, 'author'),
      network: orderFromNewest(newest, 'network'),
      status: orderFromNewest(newest, 'status'),
    };
  }

  /** Puts the row where its values sort, in every order. */
  insert(row: InboxRow): void {
    this.dropDerived();
    for (const [sort, order] of this.entries()) order.splice(insertionPoint(order, row, comparators[sort]), 0, row);
  }

  /** Takes the row out of every order. */
  remove(row: InboxRow): void {
    this.dropDerived();
    for (const [sort, order] of this.entries()) {
      // Equal sort keys are broken by id, so the row sits exactly at its insertion point.
      const at = insertionPoint(order, row, comparators[sort]);
      if (order[at] === row) order.splice(at, 1);
      else order.splice(order.indexOf(row), 1);
    }
  }

  /**
   * Many changes at once: every order is walked once, `gone` rows left out, each changed row
   * (`replaced`: old row → new row) replaced where it stands when its sort keys did not move, and
   * the others of `fresh` (every new row, changed or added) sorted apart and merged in.
   */
  merge(gone: ReadonlySet<InboxRow>, replaced: ReadonlyMap<InboxRow, InboxRow>, fresh: readonly InboxRow[]): void {
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

  /** Each row's position in the sort's order, by slot (`slotCount`: the index's slots). */
  rankOf(sort: KeptSort, slotCount: number): Int32Array {
    const known = this.ranks[sort];
    if (known) return known;
    const rank = new Int32Array(slotCount);
    const order = this.orders[sort];
    for (let at = 0; at < order.length; at++) rank[(order[at] as InboxRow).slot] = at;
    this.ranks[sort] = rank;
    return rank;
  }

  /** The order's rows as slots (a walk reads numbers, then the columns). */
  slotsOf(sort: KeptSort): Int32Array {
    const known = this.orderSlots[sort];
    if (known) return known;
    const order = this.orders[sort];
    const slots = new Int32Array(order.length);
    for (let at = 0; at < order.length; at++) slots[at] = (order[at] as InboxRow).slot;
    this.orderSlots[sort] = slots;
    return slots;
  }

  private dropDerived(): void {
    this.ranks = {};
    this.orderSlots = {};
  }

  private entries() {
    return Object.entries(this.orders) as [KeptSort, InboxRow[]][];
  }
}
