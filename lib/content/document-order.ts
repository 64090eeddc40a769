/** Positions after an insertion counted at once, below which no recount of the whole list is needed. */
const RECOUNT_AT_ONCE = 16;

/**
 * Elements kept in document order (a feed's boxes as they appear), inserted where
 * `compareDocumentPosition` says, so a post the site inserts at the top lands at the top.
 * Positions are read from the DOM tree, never from layout.
 */
export class DocumentOrder {
  private items: Element[] = [];
  private readonly positions = new WeakMap<Element, number>();
  /** Positions need counting again (an insertion before the end, a removal). */
  private dirty = false;
  /** Added since elements the site removed were last let go. */
  private added = 0;

  add(element: Element): void {
    if (this.positions.has(element)) return;
    if (this.items.at(-1)?.isConnected === false) this.forgetDetached();
    const index = this.insertionIndex(element);
    this.items.splice(index, 0, element);
    // Near the end (a feed grows there), the few positions after it are counted at once.
    if (!this.dirty && this.items.length - index <= RECOUNT_AT_ONCE) {
      for (let at = index; at < this.items.length; at += 1) this.positions.set(this.items[at] as Element, at);
    } else {
      this.positions.set(element, -1);
      this.dirty = true;
    }
    // What the site removed goes once the list has grown by a quarter: amortised, never kept long.
    this.added += 1;
    if (this.added > 32 && this.added * 4 > this.items.length) this.dirty = true;
  }

  remove(element: Element): void {
    if (!this.positions.has(element)) return;
    this.positions.delete(element);
    this.items = this.items.filter((item) => item !== element);
    this.dirty = true;
  }

  /** Index in document order, or -1. */
  indexOf(element: Element): number {
    if (!this.positions.has(element)) return -1;
    // Removed by the site: it goes, and whatever else went with it.
    if (this.dirty || !element.isConnected) this.forgetDetached();
    return this.positions.get(element) ?? -1;
  }

  slice(from: number, to: number): HTMLElement[] {
    return this.items.slice(from, to) as HTMLElement[];
  }

  size(): number {
    return this.items.length;
  }

  /**
   * Where the element goes: after every element before it in the document. Searched from the end,
   * by steps that double (a feed grows near its end, before what stays below it such as a chat
   * box), then by halves: comparing two elements far apart makes Chromium walk the siblings
   * between them, which a plain binary search per post paid at every step.
   */
  private insertionIndex(element: Element): number {
    const isAfter = (index: number) =>
      (this.items[index] as Element).compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING;
    let high = this.items.length;
    let low = 0;
    for (let step = 1; high - step >= 0; step *= 2) {
      if (isAfter(high - step)) {
        low = high - step + 1;
        break;
      }
      high -= step;
    }
    while (low < high) {
      const mid = (low + high) >> 1;
      if (isAfter(mid)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** What the site removed goes (nothing here keeps a detached post alive); positions are counted again. */
  private forgetDetached(): void {
    this.items = this.items.filter((item) => item.isConnected || !this.positions.delete(item));
    for (const [index, item] of this.items.entries()) this.positions.set(item, index);
    this.dirty = false;
    this.added = 0;
  }
}
