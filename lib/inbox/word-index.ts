/**
 * The inbox search's word index: each word of the rows' folded text (split on whitespace, exactly
 * as the search splits its terms) → the slots of the rows holding it. A term has no whitespace, so
 * it occurs in a text exactly when it occurs inside one of the text's words: the rows a term can
 * match are those of the words containing it, found by one pass over the distinct words (far fewer
 * than the characters of 100,000 texts). Lists may keep stale slots (a row changed or removed
 * since): the owner checks every candidate against the whole query, so the index narrows the
 * search, it never decides it.
 */
export class WordIndex {
  private readonly slots = new Map<string, number[]>();
  private entries = 0;
  private staleEntries = 0;

  /** The words of a row's text (the same split for adding and forgetting). */
  private static words(text: string): Set<string> {
    const words = new Set(text.split(/\s+/));
    words.delete('');
    return words;
  }

  add(slot: number, text: string): void {
    for (const word of WordIndex.words(text)) {
      const list = this.slots.get(word);
      if (list) list.push(slot);
      else this.slots.set(word, [slot]);
      this.entries++;
    }
  }

  /** A row's text no longer holds at its slot: its entries become stale (counted, not removed). */
  forget(text: string): void {
    this.staleEntries += WordIndex.words(text).size;
  }

  /** True when more than half the entries are stale: rebuilding is cheaper than walking them. */
  get worn(): boolean {
    return this.staleEntries * 2 > this.entries;
  }

  /**
   * The slots (each once, in no order) of the rows holding the rarest term, or null when even the
   * rarest is held by more than `atMost` entries (a pass over every row is as cheap then).
   * `slotCount` bounds the slots.
   */
  candidates(terms: readonly string[], slotCount: number, atMost: number): number[] | null {
    const lists: number[][][] = terms.map(() => []);
    const sizes: number[] = terms.map(() => 0);
    for (const [word, slots] of this.slots) {
      for (let at = 0; at < terms.length; at++) {
        if (word.includes(terms[at] as string)) {
          lists[at]?.push(slots);
          sizes[at] = (sizes[at] ?? 0) + slots.length;
        }
      }
    }
    let rarest = 0;
    for (let at = 1; at < terms.length; at++) if ((sizes[at] ?? 0) < (sizes[rarest] ?? 0)) rarest = at;
    if ((sizes[rarest] ?? 0) > atMost) return null;
    const seen = new Uint8Array(slotCount);
    const out: number[] = [];
    for (const slots of lists[rarest] ?? []) {
      for (const slot of slots) {
        if (seen[slot]) continue;
        seen[slot] = 1;
        out.push(slot);
      }
    }
    return out;
  }
}
