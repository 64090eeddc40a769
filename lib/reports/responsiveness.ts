/**
 * Responsiveness KPIs over the items captured in the period.
 *
 * - **Needing an answer**: captured items, less those archived without an answer (the CM judged
 *   that no answer was needed).
 * - **Share answered**: items with an answer time / items needing an answer.
 * - **Response time**: answer time − capture time, never below 0 (an answer stamped before its
 *   capture, a clock skew between devices, counts as immediate). On the "business hours" clock
 *   only the time inside the hours of the account the item was captured as counts; items whose
 *   account has no hours fall back to the 24-hour clock. Median and 90th percentile (nearest rank).
 * - **Answered within T**: items answered with a response time ≤ T / items needing an answer.
 * - **Taken private**: items moved to private messages ("take it private").
 * - **Unanswered after 24 h**: items needing an answer, still unanswered, captured more than
 *   24 hours before the end of the period (or before now, while the period runs).
 */

import type { BrandHours } from '@/lib/guard/accounts';
import type { InboxItem } from '@/lib/inbox/item';
import { businessMs } from '@/lib/reports/business-time';
import { inPeriod, type Period } from '@/lib/reports/period';
import { median, percentile, share } from '@/lib/reports/stats';

export const RESPONSE_CLOCKS = ['24h', 'business'] as const;
export type ResponseClock = (typeof RESPONSE_CLOCKS)[number];

export interface ResponsivenessOptions {
  clock: ResponseClock;
  /** The business hours of the account an item was captured as, if it has any. */
  hoursFor: (item: InboxItem) => BrandHours | undefined;
  now: number;
}

export interface ResponsivenessKpis {
  needingAnswer: number;
  answered: number;
  answeredShare: number | null;
  medianMs: number | null;
  p90Ms: number | null;
  /** Every response time, ascending (goals ask "within T" of any T). */
  responseTimesMs: number[];
  takenPrivate: number;
  unansweredOver24h: number;
}

const DAY_MS = 86_400_000;

/** One item's response time on the chosen clock, or null while unanswered. */
export function responseMs(item: InboxItem, options: Pick<ResponsivenessOptions, 'clock' | 'hoursFor'>): number | null {
  if (item.answeredAt === undefined) return null;
  const hours = options.clock === 'business' ? options.hoursFor(item) : undefined;
  if (hours) return businessMs(item.capturedAt, item.answeredAt, hours);
  return Math.max(0, item.answeredAt - item.capturedAt);
}

export function responsivenessKpis(
  items: readonly InboxItem[],
  period: Period,
  options: ResponsivenessOptions,
): ResponsivenessKpis {
  const asOf = Math.min(options.now, period.to);
  const needing = items.filter(
    (item) => inPeriod(item.capturedAt, period) && !(item.status === 'archived' && item.answeredAt === undefined),
  );
  const times: number[] = [];
  let unansweredOver24h = 0;
  for (const item of needing) {
    const time = responseMs(item, options);
    if (time !== null) times.push(time);
    else if (asOf - item.capturedAt > DAY_MS) unansweredOver24h++;
  }
  times.sort((a, b) => a - b);
  return {
    needingAnswer: needing.length,
    answered: times.length,
    answeredShare: share(times.length, needing.length),
    medianMs: median(times),
    p90Ms: percentile(times, 90),
    responseTimesMs: times,
    takenPrivate: items.filter((item) => inPeriod(item.capturedAt, period) && item.movedToPrivateAt !== undefined)
      .length,
    unansweredOver24h,
  };
}

/** Share of the items needing an answer that were answered within `withinMs`. */
export function answeredWithinShare(kpis: ResponsivenessKpis, withinMs: number): number | null {
  return share(kpis.responseTimesMs.filter((time) => time <= withinMs).length, kpis.needingAnswer);
}
