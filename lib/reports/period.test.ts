import { describe, expect, it } from 'vitest';
import { dayOf, elapsedShare, periodDays, previousPeriod, resolvePeriod } from '@/lib/reports/period';
import { HOUR, paris, ZONE } from '@/lib/reports/test-data';

describe('report periods', () => {
  const wednesday = paris('2026-03-04T15:00');

  it('"this week" starts on the locale’s first day', () => {
    const monday = resolvePeriod({ preset: 'this-week' }, wednesday, ZONE, 1);
    expect([monday.first, monday.last, monday.days]).toEqual(['2026-03-02', '2026-03-08', 7]);
    const sunday = resolvePeriod({ preset: 'this-week' }, wednesday, ZONE, 7);
    expect([sunday.first, sunday.last]).toEqual(['2026-03-01', '2026-03-07']);
    expect(previousPeriod(sunday, 'this-week').first).toBe('2026-02-22');
  });

  it('keeps whole local days across the spring DST change (a 7-day period of 167 hours)', () => {
    const period = resolvePeriod({ preset: 'last-7' }, paris('2026-03-31T10:00'), ZONE, 1);
    expect([period.first, period.last, period.days]).toEqual(['2026-03-25', '2026-03-31', 7]);
    expect(period.from).toBe(paris('2026-03-25T00:00'));
    expect(period.to - period.from).toBe(167 * HOUR);
    expect(periodDays(period)).toEqual([
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
    ]);
    const before = previousPeriod(period, 'last-7');
    expect([before.first, before.last, before.to]).toEqual(['2026-03-18', '2026-03-24', period.from]);
    expect(before.to - before.from).toBe(168 * HOUR);
  });

  it('a month is a calendar month, compared with the month before', () => {
    const october = resolvePeriod({ preset: 'month', month: '2026-10' }, wednesday, ZONE, 1);
    expect([october.first, october.last, october.days]).toEqual(['2026-10-01', '2026-10-31', 31]);
    expect(october.to - october.from).toBe((31 * 24 + 1) * HOUR);
    const september = previousPeriod(october, 'month');
    expect([september.first, september.last, september.days]).toEqual(['2026-09-01', '2026-09-30', 30]);
    expect(resolvePeriod({ preset: 'month' }, wednesday, ZONE, 1).first).toBe('2026-03-01');
  });

  it('a custom range includes both ends, in either order', () => {
    const range = resolvePeriod({ preset: 'custom', start: '2026-03-10', end: '2026-03-01' }, wednesday, ZONE, 1);
    expect([range.first, range.last, range.days]).toEqual(['2026-03-01', '2026-03-10', 10]);
    expect(previousPeriod(range, 'custom').first).toBe('2026-02-19');
  });

  it('last 30 and 90 days end with today', () => {
    const thirty = resolvePeriod({ preset: 'last-30' }, wednesday, ZONE, 1);
    expect([thirty.first, thirty.last]).toEqual(['2026-02-03', '2026-03-04']);
    expect(resolvePeriod({ preset: 'last-90' }, wednesday, ZONE, 1).days).toBe(90);
  });

  it('reads local days and how much of a period has gone by', () => {
    expect(dayOf(paris('2026-03-29T00:30'), ZONE)).toBe('2026-03-29');
    const period = resolvePeriod({ preset: 'this-week' }, wednesday, ZONE, 1);
    expect(elapsedShare(period, period.from - 1)).toBe(0);
    expect(elapsedShare(period, period.to)).toBe(1);
    expect(elapsedShare(period, (period.from + period.to) / 2)).toBeCloseTo(0.5);
  });
});
