/**
 * The whole items the background last read or wrote, by id, at most `capacity` of them (the oldest
 * remembered go first): the side panel's window after a change is mostly the items it showed
 * before, plus the one just captured, which the background has in hand. Valid for one index (see
 * lib/db/inbox-index-cache.ts); every write the background makes passes through `wrote`, and a read
 * that overlapped a write is not remembered (`epoch`), so nothing older than the store is ever served.
 */
import type { InboxItem } from '@/lib/inbox/item';

export const ITEM_MEMORY_CAPACITY = 2_000;

export class ItemMemory {
  private readonly items = new Map<string, InboxItem>();
  /** Bumped by every write: a read that began before it may hold older versions. */
  private writes = 0;

  constructor(private readonly capacity = ITEM_MEMORY_CAPACITY) {}

  get size(): number {
    return this.items.size;
  }

  get epoch(): number {
    return this.writes;
  }

  get(id: string): InboxItem | undefined {
    return this.items.get(id);
  }

  /**
   * Items read from the store in a read that began at `epoch`: remembered only if no write came
   * in between.
   */
  read(items: readonly InboxItem[], epoch: number): void {
    if (epoch !== this.writes) return;
    for (const item of items) this.keep(item);
  }

  /**
   * The background wrote these items (as written) and deleted `removed`. Few written items are
   * remembered (a capture: the panel shows it next); of many (a bulk change), only those already
   * remembered are refreshed, so a bulk change does not push out the window on screen.
   */
  wrote(items: readonly InboxItem[], removed: readonly string[] = []): void {
    this.writes++;
    for (const id of removed) this.items.delete(id);
    const all = items.length <= this.capacity / 4;
    for (const item of items) {
      if (all) this.keep(item);
      else if (this.items.has(item.id)) this.items.set(item.id, item);
    }
  }

  private keep(item: InboxItem): void {
    // Re-inserted: it becomes the newest remembered.
    this.items.delete(item.id);
    this.items.set(item.id, item);
    if (this.items.size > this.capacity) {
      const oldest = this.items.keys().next().value;
      if (oldest !== undefined) this.items.delete(oldest);
    }
  }
}
