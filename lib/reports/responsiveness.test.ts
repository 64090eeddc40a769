import { describe, expect, it } from 'vitest';
import type { BrandHours } from '@/lib/guard/accounts';
import { businessMs } from '@/lib/reports/business-time';
import { answeredWithinShare, responsivenessKpis } from '@/lib/reports/responsiveness';
import { HOUR, item, paris, parisDays, ZONE } from '@/lib/reports/test-data';

const week = parisDays('2026-03-23', '2026-03-29');
const afterWeek = paris('2026-04-02T12:00');
const dayClock = { clock: '24h' as const, hoursFor: () => undefined, now: afterWeek };
const officeHours: BrandHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timeZone: ZONE };

describe('responsiveness KPIs', () => {
  it('an empty period has no shares and no response times', () => {
    const kpis = responsivenessKpis([], week, dayClock);
    expect(kpis).toMatchObject({ needingAnswer: 0, answered: 0, answeredShare: null, medianMs: null, p90Ms: null });
    expect(answeredWithinShare(kpis, 2 * HOUR)).toBeNull();
  });

  it('median and 90th percentile (nearest rank) of known response times', () => {
    const answeredAfter = (hours: number, at: string) =>
      item(at, { answeredAt: paris(at) + hours * HOUR, status: 'answered' });
    const items = [1, 2, 3, 4, 10].map((hours, index) => answeredAfter(hours, `2026-03-2${3 + index}T10:00`));
    const kpis = responsivenessKpis(items, week, dayClock);
    expect(kpis.medianMs).toBe(3 * HOUR);
    expect(kpis.p90Ms).toBe(10 * HOUR);
    expect(kpis.answeredShare).toBe(1);
    expect(answeredWithinShare(kpis, 2 * HOUR)).toBe(0.4);
    const even = responsivenessKpis(items.slice(0, 4), week, dayClock);
    expect(even.medianMs).toBe(2.5 * HOUR);
  });

  it('never-answered items lower the share and count as unanswered after 24 h', () => {
    const items = [
      item('2026-03-23T10:00', { answeredAt: paris('2026-03-23T11:00'), status: 'answered' }),
      item('2026-03-24T10:00'),
      item('2026-03-29T20:00'),
      item('2026-03-25T10:00', { status: 'archived' }), // archived unanswered: needed no answer
    ];
    const kpis = responsivenessKpis(items, week, dayClock);
    expect(kpis.needingAnswer).toBe(3);
    expect(kpis.answeredShare).toBeCloseTo(1 / 3);
    // At the end of the week the Sunday evening capture is 4 hours old: only Tuesday's counts.
    expect(kpis.unansweredOver24h).toBe(1);
    // While the week runs (Wednesday 09:00), Tuesday's capture is not 24 hours old yet.
    const running = responsivenessKpis(items, week, { ...dayClock, now: paris('2026-03-25T09:00') });
    expect(running.unansweredOver24h).toBe(0);
  });

  it('an answer stamped before its capture (clock skew) counts as immediate', () => {
    const skewed = item('2026-03-24T10:00', { answeredAt: paris('2026-03-24T09:58'), status: 'answered' });
    const kpis = responsivenessKpis([skewed], week, dayClock);
    expect(kpis.medianMs).toBe(0);
    expect(kpis.answeredShare).toBe(1);
  });

  it('counts the real hours across the DST change on the 24-hour clock', () => {
    const across = item('2026-03-28T12:00', { answeredAt: paris('2026-03-29T12:00'), status: 'answered' });
    expect(responsivenessKpis([across], week, dayClock).medianMs).toBe(23 * HOUR);
  });

  it('on the business-hours clock counts only the account’s hours, DST included', () => {
    const friday = item('2026-03-27T17:30', { answeredAt: paris('2026-03-30T09:30'), status: 'answered' });
    const business = { clock: 'business' as const, hoursFor: () => officeHours, now: afterWeek };
    expect(responsivenessKpis([friday], week, business).medianMs).toBe(HOUR);
    // An account without hours falls back to the 24-hour clock.
    const noHours = { ...business, hoursFor: () => undefined };
    expect(responsivenessKpis([friday], week, noHours).medianMs).toBe(
      paris('2026-03-30T09:30') - paris('2026-03-27T17:30'),
    );
  });

  it('counts items taken private', () => {
    const items = [item('2026-03-24T10:00', { movedToPrivateAt: paris('2026-03-24T10:05') }), item('2026-03-24T11:00')];
    expect(responsivenessKpis(items, week, dayClock).takenPrivate).toBe(1);
  });
});

describe('business time', () => {
  it('adds the overlaps with each working day and handles windows past midnight', () => {
    expect(businessMs(paris('2026-03-23T08:00'), paris('2026-03-23T10:00'), officeHours)).toBe(HOUR);
    expect(businessMs(paris('2026-03-23T10:00'), paris('2026-03-25T10:00'), officeHours)).toBe(18 * HOUR);
    expect(businessMs(paris('2026-03-28T10:00'), paris('2026-03-29T10:00'), officeHours)).toBe(0);
    const night: BrandHours = { days: [1], start: '22:00', end: '02:00', timeZone: ZONE };
    expect(businessMs(paris('2026-03-23T23:00'), paris('2026-03-24T03:00'), night)).toBe(3 * HOUR);
    expect(businessMs(paris('2026-03-24T03:00'), paris('2026-03-23T23:00'), night)).toBe(0);
  });
});
