/**
 * The inbox index's rows by id and by slot: a row keeps its slot (a small number) while its item
 * lives, so the typed columns, the search's marks and the orders' positions are arrays by slot.
 * A removed item's slot is reused by the next new one.
 */
import type { InboxRow } from '@/lib/inbox/inbox-rows';

export class RowSlots {
  private readonly byId = new Map<string, InboxRow>();
  /** Rows by slot (undefined: a free slot). */
  private readonly bySlot: (InboxRow | undefined)[] = [];
  private readonly freeSlots: number[] = [];

  get size(): number {
    return this.byId.size;
  }

  /** How many slots there are, free ones included: the length of any array by slot. */
  get slotCount(): number {
    return this.bySlot.length;
  }

  get(id: string): InboxRow | undefined {
    return this.byId.get(id);
  }

  /** The row in this slot, or undefined when it is free. */
  at(slot: number): InboxRow | undefined {
    return this.bySlot[slot];
  }

  values(): IterableIterator<InboxRow> {
    return this.byId.values();
  }

  /** The item's slot: the one it has, else a free one (reserved). */
  slotFor(id: string): number {
    const row = this.byId.get(id);
    if (row) return row.slot;
    const free = this.freeSlots.pop();
    if (free !== undefined) return free;
    this.bySlot.push(undefined);
    return this.bySlot.length - 1;
  }

  /** The row, in its slot. */
  set(row: InboxRow): void {
    this.byId.set(row.id, row);
    this.bySlot[row.slot] = row;
  }

  /** Takes the row out and frees its slot. */
  free(id: string): void {
    const row = this.byId.get(id);
    if (!row) return;
    this.byId.delete(id);
    this.bySlot[row.slot] = undefined;
    this.freeSlots.push(row.slot);
  }

  /** Takes the row out of the ids, its slot kept for the item (it is placed again at once). */
  unlist(id: string): void {
    this.byId.delete(id);
  }
}
