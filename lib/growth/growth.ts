/** Growth math over follower samples: the series per account, the change per week and over a period. */
import { addDays } from '@/lib/calendar/time';
import type { FollowerSample } from '@/lib/growth/samples';

/** One account's samples, oldest first. */
export function seriesOf(samples: readonly FollowerSample[], accountId: string): FollowerSample[] {
  return samples.filter((sample) => sample.accountId === accountId).sort((a, b) => a.day.localeCompare(b.day));
}

/** The last sample on or before a day. */
function lastOnOrBefore(series: readonly FollowerSample[], day: string): FollowerSample | undefined {
  let found: FollowerSample | undefined;
  for (const sample of series) if (sample.day <= day) found = sample;
  return found;
}

/**
 * Followers gained from the start of `from` to the end of `to` (days, yyyy-MM-dd): the last sample
 * of the period minus the last one before it (else the period's first). Null without two samples.
 */
export function gainBetween(series: readonly FollowerSample[], from: string, to: string): number | null {
  const end = lastOnOrBefore(series, to);
  const before = lastOnOrBefore(series, addDays(from, -1)) ?? series.find((sample) => sample.day >= from);
  if (!end || !before || end === before || end.day < from) return null;
  return end.followers - before.followers;
}

export interface WeekGrowth {
  /** The week's first day. */
  week: string;
  followers: number | null;
  gain: number | null;
}

/** Followers at the end of each of the weeks starting on these days, and the gain during each. */
export function weeklyGrowth(series: readonly FollowerSample[], weekStarts: readonly string[]): WeekGrowth[] {
  return weekStarts.map((week) => {
    const last = addDays(week, 6);
    const end = lastOnOrBefore(series, last);
    return {
      week,
      followers: end && end.day >= week ? end.followers : null,
      gain: gainBetween(series, week, last),
    };
  });
}
