/**
 * The inbox index's search narrowing: the rows' folded texts joined once (lib/inbox/search-corpus.ts)
 * and the rows placed since with a new text, which a search checks one by one; the joined text is
 * built again when those grow past an eighth of the inbox. A search finds the rows holding its
 * longest term (likely its rarest), then checks the whole query on them only.
 */
import type { InboxRow } from '@/lib/inbox/inbox-rows';
import { searchTerms } from '@/lib/inbox/query';
import type { RowSlots } from '@/lib/inbox/row-slots';
import { SearchCorpus } from '@/lib/inbox/search-corpus';

/** Beyond this share of the inbox, a search's matches are found along the order rather than sorted. */
export const MANY_SHARE = 1 / 16;

export class IndexSearch {
  private corpus: { search: SearchCorpus<InboxRow>; since: InboxRow[] } | null = null;

  constructor(private readonly rows: RowSlots) {}

  /** A row placed with a (possibly) new text: checked one by one until the text is joined again. */
  placed(row: InboxRow): void {
    this.corpus?.since.push(row);
  }

  /** Builds the joined text now (one task of tens of milliseconds), before a search needs it. */
  prepare(): void {
    this.current();
  }

  /**
   * The rows matching the whole query (in no order), found among the rows whose text holds the
   * search's longest term; null without a search, or for one common word searched in capture-time
   * order.
   */
  find(search: string | undefined, matches: (row: InboxRow) => boolean, byCaptureTime: boolean): InboxRow[] | null {
    const terms = searchTerms(search);
    if (terms.length === 0) return null;
    const corpus = this.current();
    const term = terms.reduce((longest, next) => (next.length > longest.length ? next : longest));
    const seen = new Uint8Array(this.rows.slotCount);
    const found: InboxRow[] = [];
    // A row as the corpus or `since` knew it counts only if its slot still holds that text.
    const consider = (known: InboxRow) => {
      const live = this.rows.at(known.slot);
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

  private current() {
    if (!this.corpus || this.corpus.since.length > this.rows.size / 8) {
      this.corpus = { search: new SearchCorpus([...this.rows.values()]), since: [] };
    }
    return this.corpus;
  }
}
