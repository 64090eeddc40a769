import { describe, expect, it } from 'vitest';
import { withinHours } from '@/lib/guard/hours';

const weekdays = { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timeZone: 'Europe/Paris' };

describe('withinHours', () => {
  it('reads the clock in the hours own zone, across daylight saving', () => {
    // Wednesday 25 March 2026, 08:30 UTC = 09:30 in Paris (winter time, UTC+1).
    expect(withinHours(weekdays, Date.UTC(2026, 2, 25, 8, 30))).toBe(true);
    // Wednesday 1 April 2026, 07:30 UTC = 09:30 in Paris (summer time, UTC+2).
    expect(withinHours(weekdays, Date.UTC(2026, 3, 1, 7, 30))).toBe(true);
    // Wednesday 25 March 2026, 17:30 UTC = 18:30 in Paris: closed.
    expect(withinHours(weekdays, Date.UTC(2026, 2, 25, 17, 30))).toBe(false);
  });

  it('keeps weekends closed', () => {
    // Saturday 28 November 2026, 10:00 in Paris.
    expect(withinHours(weekdays, Date.UTC(2026, 10, 28, 9, 0))).toBe(false);
  });

  it('lets a window run past midnight and belong to the day it starts', () => {
    const evenings = { days: [5], start: '22:00', end: '02:00', timeZone: 'Europe/Paris' };
    // Friday 27 November 2026, 23:00 Paris; then Saturday 01:00 Paris (still Friday's window).
    expect(withinHours(evenings, Date.UTC(2026, 10, 27, 22, 0))).toBe(true);
    expect(withinHours(evenings, Date.UTC(2026, 10, 28, 0, 0))).toBe(true);
    // Saturday 23:00 Paris is not a Friday window.
    expect(withinHours(evenings, Date.UTC(2026, 10, 28, 22, 0))).toBe(false);
  });

  it('never blocks on an unknown zone', () => {
    expect(withinHours({ ...weekdays, timeZone: 'Mars/Olympus' }, Date.UTC(2026, 10, 28, 9, 0))).toBe(true);
  });
});
