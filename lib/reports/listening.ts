/**
 * Listening KPIs: what was captured in the period and how people felt.
 *
 * - **Mentions captured**: inbox items whose capture time falls in [from, to), per network and
 *   per local day (the user's zone). Items deleted since are not counted: the report describes
 *   the inbox as it is.
 * - **By sentiment**: those items by their current sentiment (the user's correction, else the
 *   lexicon's suggestion; "unknown" when neither).
 * - **Negative share**: (negative + complaint) / items with a known sentiment; none without any.
 * - **Worst day**: the local day with the most negative + complaint items (the earliest on a tie);
 *   none when no item was negative.
 * - **Top topics**: the opinion map's topics for the period (the user's tags, then frequent words).
 */
import type { InboxItem } from '@/lib/inbox/item';
import { buildOpinionMap, type OpinionTopic, type SentimentCounts } from '@/lib/inbox/opinion-map';
import type { Network } from '@/lib/networks';
import { dayOf, inPeriod, type Period, periodDays } from '@/lib/reports/period';
import { bump, share } from '@/lib/reports/stats';

export interface DayCounts {
  day: string;
  total: number;
  negative: number;
  counts: SentimentCounts;
}

export interface ListeningKpis {
  captured: number;
  byNetwork: Partial<Record<Network, number>>;
  perDay: DayCounts[];
  bySentiment: SentimentCounts;
  negativeShare: number | null;
  worstDay: DayCounts | null;
  topTopics: OpinionTopic[];
}

const NEGATIVE = new Set(['negative', 'complaint']);

/** Whether an item's sentiment counts as negative (negative or complaint). */
export const isNegative = (item: Pick<InboxItem, 'sentiment'>): boolean => NEGATIVE.has(item.sentiment ?? '');

export function listeningKpis(items: readonly InboxItem[], period: Period, topicLimit = 8): ListeningKpis {
  const inside = items.filter((item) => inPeriod(item.capturedAt, period));
  const map = buildOpinionMap(inside, { from: period.from, to: period.to, limit: topicLimit });
  const days = new Map<string, DayCounts>(
    periodDays(period).map((day) => [day, { day, total: 0, negative: 0, counts: buildOpinionMap([]).counts }]),
  );
  const byNetwork: ListeningKpis['byNetwork'] = {};
  for (const item of inside) {
    bump(byNetwork, item.network);
    const day = days.get(dayOf(item.capturedAt, period.zone));
    if (!day) continue;
    day.total++;
    day.counts[item.sentiment ?? 'unknown']++;
    if (isNegative(item)) day.negative++;
  }
  const perDay = [...days.values()];
  const known = inside.length - map.counts.unknown;
  const negatives = map.counts.negative + map.counts.complaint;
  const worstDay = perDay.reduce<DayCounts | null>(
    (worst, day) => (day.negative > (worst?.negative ?? 0) ? day : worst),
    null,
  );
  return {
    captured: inside.length,
    byNetwork,
    perDay,
    bySentiment: map.counts,
    negativeShare: share(negatives, known),
    worstDay,
    topTopics: map.topics,
  };
}
