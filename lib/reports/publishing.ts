/**
 * Publishing KPIs over the calendar. One post = one network of an entry, so an entry planned for
 * X and LinkedIn is two posts.
 *
 * - **Planned**: posts of entries scheduled in the period (ideas and drafts are not a plan).
 * - **Published**: planned posts the page saw leave (the entry's publication time on that network).
 * - **Missed**: planned posts not published whose entry the calendar marked missed.
 * - **On-time rate**: published posts that left within 30 minutes of their planned time, either
 *   side / published posts.
 * - **Posts per network per week**: published posts on a network / (days in the period / 7).
 * - **Best-time share**: published posts whose publication time, in the entry's zone, falls in one
 *   of the network's best-time windows (the user's windows and the studies' defaults) / published.
 * Entries deleted since are not counted.
 */
import { DateTime } from 'luxon';
import type { CalendarEntry } from '@/lib/calendar/entry';
import type { TimeWindow } from '@/lib/calendar/settings';
import type { Network } from '@/lib/networks';
import { dayOf, inPeriod, type Period, periodDays } from '@/lib/reports/period';
import { bump, share } from '@/lib/reports/stats';

export const ON_TIME_MS = 30 * 60_000;
const PLANNED_STATUSES = new Set<CalendarEntry['status']>(['scheduled', 'published', 'missed']);

export interface PublishingKpis {
  planned: number;
  published: number;
  missed: number;
  onTime: number;
  onTimeRate: number | null;
  inBestSlot: number;
  bestSlotShare: number | null;
  perNetwork: Partial<Record<Network, { planned: number; published: number; missed: number; perWeek: number }>>;
  perDay: { day: string; planned: number; published: number }[];
}

const minutesOf = (hhmm: string) => {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
};

/** Whether an instant falls in a weekly window, read in `zone`. */
export function inWindow(at: number, zone: string, window: TimeWindow): boolean {
  const local = DateTime.fromMillis(at, { zone });
  const minute = local.hour * 60 + local.minute;
  return window.days.includes(local.weekday) && minute >= minutesOf(window.start) && minute < minutesOf(window.end);
}

export function publishingKpis(
  posts: readonly CalendarEntry[],
  period: Period,
  bestWindows: Partial<Record<Network, readonly TimeWindow[]>>,
): PublishingKpis {
  const result: PublishingKpis = {
    planned: 0,
    published: 0,
    missed: 0,
    onTime: 0,
    onTimeRate: null,
    inBestSlot: 0,
    bestSlotShare: null,
    perNetwork: {},
    perDay: periodDays(period).map((day) => ({ day, planned: 0, published: 0 })),
  };
  const days = new Map(result.perDay.map((day) => [day.day, day]));
  const counts: Record<'planned' | 'published' | 'missed', Partial<Record<Network, number>>> = {
    planned: {},
    published: {},
    missed: {},
  };
  for (const entry of posts) {
    if (!PLANNED_STATUSES.has(entry.status) || !inPeriod(entry.scheduledAt, period)) continue;
    const day = days.get(dayOf(entry.scheduledAt, period.zone));
    for (const network of entry.networks) {
      result.planned++;
      bump(counts.planned, network);
      if (day) day.planned++;
      const publishedAt = entry.publishedOn[network];
      if (publishedAt === undefined) {
        if (entry.status === 'missed') {
          result.missed++;
          bump(counts.missed, network);
        }
        continue;
      }
      result.published++;
      bump(counts.published, network);
      if (day) day.published++;
      if (Math.abs(publishedAt - entry.scheduledAt) <= ON_TIME_MS) result.onTime++;
      if ((bestWindows[network] ?? []).some((window) => inWindow(publishedAt, entry.timeZone, window))) {
        result.inBestSlot++;
      }
    }
  }
  const weeks = period.days / 7;
  for (const network of Object.keys(counts.planned) as Network[]) {
    const published = counts.published[network] ?? 0;
    result.perNetwork[network] = {
      planned: counts.planned[network] ?? 0,
      published,
      missed: counts.missed[network] ?? 0,
      perWeek: weeks > 0 ? published / weeks : 0,
    };
  }
  result.onTimeRate = share(result.onTime, result.published);
  result.bestSlotShare = share(result.inBestSlot, result.published);
  return result;
}
