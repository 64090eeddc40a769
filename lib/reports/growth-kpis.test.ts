import { describe, expect, it } from 'vitest';
import type { FollowerSample } from '@/lib/growth/samples';
import { filterDataset } from '@/lib/reports/dataset';
import { evaluateGoal } from '@/lib/reports/goals';
import { growthKpis } from '@/lib/reports/growth-kpis';
import { computeKpis, type KpiOptions } from '@/lib/reports/kpis';
import type { Goal } from '@/lib/reports/settings';
import { paris, parisDays } from '@/lib/reports/test-data';

const march = parisDays('2026-03-01', '2026-03-30');
const week = parisDays('2026-03-23', '2026-03-29');
const options: KpiOptions = {
  clock: '24h',
  hoursFor: () => undefined,
  now: paris('2026-04-02T12:00'),
  bestWindows: {},
  secondsPerTemplateUse: 60,
  templateNames: new Map(),
};

function sample(accountId: string, network: 'x' | 'linkedin', day: string, followers: number): FollowerSample {
  return { accountId, network, handle: accountId, followers, day, at: paris(`${day}T10:00`) };
}

const samples = [
  sample('acme', 'x', '2026-02-27', 10_000),
  sample('acme', 'x', '2026-03-10', 10_200),
  sample('acme', 'x', '2026-03-28', 10_450),
  sample('acme-li', 'linkedin', '2026-03-05', 2_000),
  sample('acme-li', 'linkedin', '2026-03-25', 2_100),
  // After the period: not counted.
  sample('acme', 'x', '2026-04-01', 11_000),
];

describe('growth over a period', () => {
  it('per account, the last sample of the period minus the last before it (else the first in it), summed', () => {
    const kpis = growthKpis(samples, march);
    // X: 10,450 − 10,000 (the sample before March); LinkedIn: 2,100 − 2,000 (its first in March).
    expect(kpis).toMatchObject({ gain: 550, perMonth: 550, accounts: 2 });
    expect(kpis.samples.map((each) => each.day)).toEqual(['2026-03-05', '2026-03-10', '2026-03-25', '2026-03-28']);
  });

  it('a week’s gain scaled to a 30-day month', () => {
    // X: 10,450 − 10,200; LinkedIn: 2,100 − 2,000 (the last before the week).
    expect(growthKpis(samples, week)).toMatchObject({ gain: 350, perMonth: 1_500, accounts: 2 });
  });

  it('a loss is negative; one sample, or none, is no data (never a zero)', () => {
    expect(growthKpis([sample('a', 'x', '2026-03-02', 500), sample('a', 'x', '2026-03-20', 480)], march).gain).toBe(
      -20,
    );
    expect(growthKpis([sample('a', 'x', '2026-03-02', 500)], march)).toMatchObject({ gain: null, perMonth: null });
    expect(growthKpis([], march)).toMatchObject({ gain: null, perMonth: null, accounts: 0 });
  });

  it('the network and account filters keep their own samples', () => {
    const data = { items: [], posts: [], events: [], followers: samples };
    expect(filterDataset(data, { network: 'linkedin' }).followers).toHaveLength(2);
    expect(filterDataset(data, { account: '@acme' }).followers).toHaveLength(4);
  });
});

describe('the goal "+N followers a month"', () => {
  const goal = (target: number, network?: 'x' | 'linkedin'): Goal => ({
    id: 'g',
    metric: 'followersPerMonth',
    target,
    ...(network ? { network } : {}),
  });
  const kpis = (network?: 'x' | 'linkedin') =>
    computeKpis(filterDataset({ items: [], posts: [], events: [], followers: samples }, { network }), march, options);

  it('is met, not met or without data once the month is over', () => {
    expect(evaluateGoal(goal(500), kpis(), 1)).toMatchObject({ value: 550, status: 'met' });
    expect(evaluateGoal(goal(500, 'x'), kpis('x'), 1)).toMatchObject({ value: 450, status: 'not-met' });
    const none = computeKpis({ items: [], posts: [], events: [] }, march, options);
    expect(evaluateGoal(goal(500), none, 1)).toMatchObject({ value: null, status: 'no-data' });
  });

  it('while the month runs, judged on the gain so far projected to its end', () => {
    // 550 by two thirds of the month: 825 projected.
    expect(evaluateGoal(goal(800), kpis(), 2 / 3).status).toBe('on-track');
    expect(evaluateGoal(goal(900), kpis(), 2 / 3).status).toBe('not-met');
    expect(evaluateGoal(goal(500), kpis(), 2 / 3).status).toBe('met');
  });
});
