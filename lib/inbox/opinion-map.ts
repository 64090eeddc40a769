/**
 * The opinion map ("carte des opinions"): what people talk about and how they feel about it over a
 * period. Topics are the user's tags plus the most frequent meaningful words; each topic counts its
 * items per sentiment.
 */
import { type InboxItem, SENTIMENTS } from '@/lib/inbox/item';
import { tokenize } from '@/lib/inbox/sentiment';
import { STOP_WORDS } from '@/lib/inbox/stop-words';

export type SentimentCounts = Record<(typeof SENTIMENTS)[number] | 'unknown', number>;

export interface OpinionTopic {
  topic: string;
  kind: 'tag' | 'term';
  total: number;
  counts: SentimentCounts;
}

export interface OpinionMap {
  total: number;
  counts: SentimentCounts;
  topics: OpinionTopic[];
}

const emptyCounts = (): SentimentCounts =>
  Object.fromEntries([...SENTIMENTS, 'unknown'].map((key) => [key, 0])) as SentimentCounts;

/** The distinct meaningful words of a text: 3+ letters, not a stop word, not a number or a link. */
export function topicTerms(text: string): Set<string> {
  const withoutLinks = text.replace(/https?:\/\/\S+/g, ' ');
  return new Set(
    tokenize(withoutLinks).filter((word) => word.length >= 3 && !STOP_WORDS.has(word) && !/^[\d_-]+$/.test(word)),
  );
}

/**
 * Groups items captured in [from, to) by topic. Tags always count as topics; frequent terms fill
 * up to `limit` topics, and a term needs at least `minCount` items to be a topic.
 */
export function buildOpinionMap(
  items: readonly InboxItem[],
  { from = -Infinity, to = Infinity, limit = 12, minCount = 2 } = {},
): OpinionMap {
  const map: OpinionMap = { total: 0, counts: emptyCounts(), topics: [] };
  const tags = new Map<string, OpinionTopic>();
  const terms = new Map<string, OpinionTopic>();
  const bump = (
    table: Map<string, OpinionTopic>,
    topic: string,
    kind: OpinionTopic['kind'],
    key: keyof SentimentCounts,
  ) => {
    const entry = table.get(topic) ?? { topic, kind, total: 0, counts: emptyCounts() };
    entry.total += 1;
    entry.counts[key] += 1;
    table.set(topic, entry);
  };
  for (const item of items) {
    if (item.capturedAt < from || item.capturedAt >= to) continue;
    const key = item.sentiment ?? 'unknown';
    map.total += 1;
    map.counts[key] += 1;
    for (const tag of new Set(item.tags)) bump(tags, tag, 'tag', key);
    for (const term of topicTerms(item.text)) bump(terms, term, 'term', key);
  }
  const byTotal = (a: OpinionTopic, b: OpinionTopic) => b.total - a.total || a.topic.localeCompare(b.topic);
  const tagTopics = [...tags.values()].sort(byTotal);
  const termTopics = [...terms.values()]
    .filter((entry) => entry.total >= minCount && !tags.has(entry.topic))
    .sort(byTotal)
    .slice(0, Math.max(0, limit - tagTopics.length));
  map.topics = [...tagTopics, ...termTopics].sort(byTotal).slice(0, Math.max(limit, tagTopics.length));
  return map;
}
