/**
 * Elements kept in document order (a feed's boxes as they appear): insertion by binary search on
 * `compareDocumentPosition`, so a post the site inserts at the top lands at the top. Positions are
 * read from the DOM tree, never from layout.
 */
export class DocumentOrder {
  private items: Element[] = [];
  private readonly positions = new WeakMap<Element, number>();
  private dirty = false;

  add(element: Element): void {
    if (this.positions.has(element)) return;
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const other = this.items[mid] as Element;
      // `other` comes before `element` in the document: look after it.
      if (other.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) low = mid + 1;
      else high = mid;
    }
    this.items.splice(low, 0, element);
    this.positions.set(element, -1);
    this.dirty = true;
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
    if (this.dirty) {
      // What the site removed meanwhile goes too: nothing here keeps a detached post alive.
      this.items = this.items.filter((item) => item.isConnected || !this.positions.delete(item));
      for (const [index, item] of this.items.entries()) this.positions.set(item, index);
      this.dirty = false;
    }
    return this.positions.get(element) ?? -1;
  }

  slice(from: number, to: number): HTMLElement[] {
    return this.items.slice(from, to) as HTMLElement[];
  }

  size(): number {
    return this.items.length;
  }
}
