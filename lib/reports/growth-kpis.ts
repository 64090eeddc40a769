/**
 * Growth in a report: the followers the brand accounts gained over the period, from the samples
 * their own profile pages gave (issue 21). Per account, the last sample of the period minus the
 * last one before it (else the period's first); accounts without two such samples count for
 * nothing, and no account with two gives null (no data), never zero.
 */
import type { FollowerSample } from '@/lib/growth/samples';
import type { Period } from '@/lib/reports/period';

export interface GrowthKpis {
  /** Followers gained over the period, summed over the accounts measured; null without any. */
  gain: number | null;
  /** The gain scaled to a 30-day month (the goal "+N followers a month"). */
  perMonth: number | null;
  /** How many accounts had two samples to compare. */
  accounts: number;
  /** The samples taken during the period, oldest first (the CSV's detail). */
  samples: FollowerSample[];
}

const MONTH_DAYS = 30;

export function growthKpis(
  samples: readonly FollowerSample[],
  period: Pick<Period, 'from' | 'to' | 'days'>,
): GrowthKpis {
  const byAccount = new Map<string, FollowerSample[]>();
  for (const sample of [...samples].sort((a, b) => a.at - b.at)) {
    if (sample.at >= period.to) continue;
    byAccount.set(sample.accountId, [...(byAccount.get(sample.accountId) ?? []), sample]);
  }
  let gain = 0;
  let accounts = 0;
  for (const series of byAccount.values()) {
    const end = series.at(-1);
    const before = series.filter((sample) => sample.at < period.from).at(-1) ?? series.find((s) => s.at >= period.from);
    if (!end || !before || end === before || end.at < period.from) continue;
    gain += end.followers - before.followers;
    accounts += 1;
  }
  const measured = accounts > 0 ? gain : null;
  return {
    gain: measured,
    perMonth: measured === null ? null : (measured * MONTH_DAYS) / Math.max(1, period.days),
    accounts,
    samples: samples.filter((sample) => sample.at >= period.from && sample.at < period.to).sort((a, b) => a.at - b.at),
  };
}
