import { describe, expect, it } from 'vitest';
import { gainBetween, seriesOf, weeklyGrowth } from '@/lib/growth/growth';
import { addSample, type FollowerSample } from '@/lib/growth/samples';

const sample = (day: string, followers: number, accountId = 'acme-x'): FollowerSample => ({
  accountId,
  network: 'x',
  handle: 'acme',
  followers,
  day,
  at: Date.parse(`${day}T12:00:00Z`),
});

describe('follower samples', () => {
  it('keeps at most one sample per account per day', () => {
    const first = addSample([], sample('2026-12-07', 1000));
    expect(first.recorded).toBe(true);
    const again = addSample(first.samples, sample('2026-12-07', 1010));
    expect(again).toEqual({ samples: first.samples, recorded: false });
    const other = addSample(again.samples, sample('2026-12-07', 50, 'acme-li'));
    expect(other.recorded).toBe(true);
    expect(addSample(other.samples, sample('2026-12-08', 1012)).samples).toHaveLength(3);
  });
});

describe('growth', () => {
  const series = seriesOf(
    [
      sample('2026-11-02', 900),
      sample('2026-11-30', 1000),
      sample('2026-12-01', 1010),
      sample('2026-12-04', 1040),
      sample('2026-12-09', 1100),
      sample('2026-12-01', 5, 'other'),
    ],
    'acme-x',
  );

  it('gains over a period from the last sample before it to the last in it', () => {
    expect(gainBetween(series, '2026-12-01', '2026-12-31')).toBe(100);
    expect(gainBetween(series, '2026-11-01', '2026-11-30')).toBe(100);
    // Nothing before the period: from its first sample.
    expect(gainBetween(series, '2026-10-01', '2026-11-15')).toBeNull();
    expect(gainBetween(series, '2027-01-01', '2027-01-31')).toBeNull();
  });

  it('gives each week’s followers at its end and its gain', () => {
    expect(weeklyGrowth(series, ['2026-11-30', '2026-12-07', '2026-12-14'])).toEqual([
      { week: '2026-11-30', followers: 1040, gain: 140 },
      { week: '2026-12-07', followers: 1100, gain: 60 },
      { week: '2026-12-14', followers: null, gain: null },
    ]);
  });
});
