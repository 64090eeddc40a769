/**
 * The inbox query: which items the side panel shows and in which order. Pure functions over
 * items, shared by the background (which runs them) and the tests and benchmarks.
 */
import { z } from 'zod';
import { compileKeywords, matchKeywords } from '@/lib/capture/keywords';
import { NEGATIVE } from '@/lib/crisis/detect';
import { INBOX_STATUSES, type InboxItem, SENTIMENTS } from '@/lib/inbox/item';
import { networkSchema } from '@/lib/network-schema';
import { foldText } from '@/lib/text/fold';

export const INBOX_SORTS = ['newest', 'oldest', 'author', 'network', 'status'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

/** Statuses that still need attention: everything but archived. The inbox's default view. */
export const OPEN_STATUSES = INBOX_STATUSES.filter((status) => status !== 'archived');

export const inboxQuerySchema = z.object({
  network: networkSchema.optional(),
  /** Any of these statuses; empty or absent: all. */
  statuses: z.array(z.enum(INBOX_STATUSES)).max(INBOX_STATUSES.length).optional(),
  tag: z.string().max(100).optional(),
  sentiment: z.enum(SENTIMENTS).optional(),
  /** An assignee's name; the empty string asks for unassigned items. */
  assignee: z.string().max(200).optional(),
  /** Captured at or after (UTC ms). */
  from: z.number().optional(),
  /** Captured before (UTC ms). */
  to: z.number().optional(),
  search: z.string().max(500).optional(),
  /** The crisis items: negative ones or those with a tracked keyword, captured since `from`. */
  crisis: z.object({ from: z.number(), keywords: z.array(z.string().max(100)).max(200) }).optional(),
  sort: z.enum(INBOX_SORTS).default('newest'),
});
export type InboxQuery = z.input<typeof inboxQuerySchema>;

/** The search words of a query: every one must appear in the item. */
export function searchTerms(search: string | undefined): string[] {
  return search ? foldText(search).split(/\s+/).filter(Boolean) : [];
}

/** The text the search looks in, without case or accents. */
export function searchable(item: InboxItem): string {
  return foldText([item.text, item.authorName, item.authorHandle, item.notes ?? '', item.tags.join(' ')].join('\n'));
}

/** The fields the filters read: an item, or the background index's compact row of one. */
export type MatchFields = Pick<InboxItem, 'network' | 'status' | 'tags' | 'sentiment' | 'assignee' | 'capturedAt'>;

/** Builds the predicate once per query (terms folded once, not per item); `haystackOf` gives the searched text. */
export function fieldMatcher<T extends MatchFields>(
  query: InboxQuery,
  haystackOf: (item: T) => string,
): (item: T) => boolean {
  const terms = searchTerms(query.search);
  const statuses = query.statuses?.length ? new Set(query.statuses) : null;
  const crisis = query.crisis;
  const crisisWords = crisis ? compileKeywords(crisis.keywords) : [];
  return (item) => {
    if (crisis) {
      if (item.capturedAt < crisis.from) return false;
      if (!NEGATIVE.has(item.sentiment ?? '') && matchKeywords(haystackOf(item), crisisWords).length === 0)
        return false;
    }
    if (query.network && item.network !== query.network) return false;
    if (statuses && !statuses.has(item.status)) return false;
    if (query.tag && !item.tags.includes(query.tag)) return false;
    if (query.sentiment && item.sentiment !== query.sentiment) return false;
    if (query.assignee !== undefined && (item.assignee ?? '') !== query.assignee) return false;
    if (query.from !== undefined && item.capturedAt < query.from) return false;
    if (query.to !== undefined && item.capturedAt >= query.to) return false;
    if (terms.length > 0) {
      const haystack = haystackOf(item);
      if (!terms.every((term) => haystack.includes(term))) return false;
    }
    return true;
  };
}

/** The predicate of a query over whole items. */
export function itemMatcher(query: InboxQuery): (item: InboxItem) => boolean {
  return fieldMatcher(query, searchable);
}

const STATUS_ORDER: Readonly<Record<string, number>> = Object.fromEntries(
  INBOX_STATUSES.map((status, index) => [status, index]),
);

/**
 * What the author sort compares: the name without case or accents, compared by code points. (A
 * locale collator gives nearly the same order but costs a second to sort 100,000 names; this key
 * is computed once per item and kept in the background's inbox index.)
 */
export const authorSortKey = (name: string): string => foldText(name);

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The fields the sorts read. */
export type SortFields = Pick<InboxItem, 'id' | 'capturedAt' | 'network' | 'status'>;

/**
 * The comparison for a sort; ties fall back to newest first, then id, so pages never shuffle.
 * Newest-first is exactly the capture-time index read backwards (equal times: higher id first).
 */
export function sortComparator<T extends SortFields>(
  sort: InboxSort,
  authorKeyOf: (item: T) => string,
): (a: T, b: T) => number {
  const newest = (a: T, b: T) => b.capturedAt - a.capturedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
  switch (sort) {
    case 'newest':
      return newest;
    case 'oldest':
      return (a, b) => -newest(a, b);
    case 'author':
      return (a, b) => byKey(authorKeyOf(a), authorKeyOf(b)) || newest(a, b);
    case 'network':
      return (a, b) => (a.network < b.network ? -1 : a.network > b.network ? 1 : newest(a, b));
    case 'status':
      return (a, b) => (STATUS_ORDER[a.status] ?? 0) - (STATUS_ORDER[b.status] ?? 0) || newest(a, b);
  }
}

/**
 * The first key of a sort that is "this key, then newest first" (author, network, status), compared
 * with `<`: a newest-first list grouped by it, in the keys' order, is that sort's order (a linear
 * pass instead of a sort; the inbox index builds its orders so).
 */
export function sortKeyOf<T extends SortFields>(
  sort: 'author' | 'network' | 'status',
  authorKeyOf: (item: T) => string,
): (item: T) => string | number {
  switch (sort) {
    case 'author':
      return authorKeyOf;
    case 'network':
      return (item) => item.network;
    case 'status':
      return (item) => STATUS_ORDER[item.status] ?? 0;
  }
}

/** The comparison of a sort over whole items. */
export function itemComparator(sort: InboxSort): (a: InboxItem, b: InboxItem) => number {
  return sortComparator<InboxItem>(sort, (item) => authorSortKey(item.authorName));
}

/** Filters and sorts in memory: the reference the indexed paths must agree with. */
export function applyQuery(items: readonly InboxItem[], query: InboxQuery): InboxItem[] {
  const parsed = inboxQuerySchema.parse(query);
  return items.filter(itemMatcher(parsed)).sort(itemComparator(parsed.sort));
}

/** True when the query has no filter at all (only a sort): the cheapest path applies. */
export function isUnfiltered(query: InboxQuery): boolean {
  return (
    !query.network &&
    !query.statuses?.length &&
    !query.tag &&
    !query.sentiment &&
    query.assignee === undefined &&
    query.from === undefined &&
    query.to === undefined &&
    !query.crisis &&
    searchTerms(query.search).length === 0
  );
}
