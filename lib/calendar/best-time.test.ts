import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { bestSlotAt, bestSlots, type HistoryPoint, inWindow, learnSlots } from '@/lib/calendar/best-time';
import { DEFAULT_CALENDAR_SETTINGS, parseCalendarSettings, parseWindow } from '@/lib/calendar/settings';

const PARIS = 'Europe/Paris';
const at = (local: string) => DateTime.fromISO(local, { zone: PARIS }).toMillis();

describe('best-time slots', () => {
  it('defaults every network to the seed evening window after 21:00, labelled as settings', () => {
    const slots = bestSlots('mastodon', DEFAULT_CALENDAR_SETTINGS);
    expect(slots).toEqual([
      {
        network: 'mastodon',
        source: 'settings',
        window: { days: [1, 2, 3, 4, 5, 6, 7], start: '21:00', end: '23:00' },
      },
    ]);
  });

  it('offers the studies weekday late mornings as labelled alternatives where data exists', () => {
    const slots = bestSlots('linkedin', DEFAULT_CALENDAR_SETTINGS);
    expect(slots.map((slot) => slot.source)).toEqual(['settings', 'study']);
    expect(slots[1]?.window).toEqual({ days: [2, 3, 4], start: '09:00', end: '13:00' });
    expect(bestSlots('bluesky', DEFAULT_CALENDAR_SETTINGS).some((slot) => slot.source === 'study')).toBe(false);
  });

  it('uses windows edited per network in Settings', () => {
    const settings = parseCalendarSettings({ windows: { x: [parseWindow('18:30-20:00', [1, 2, 3, 4, 5])] } });
    expect(bestSlotAt('2026-03-30T19:00', ['x'], settings)?.source).toBe('settings'); // Monday
    expect(bestSlotAt('2026-03-30T21:30', ['x'], settings)).toBeNull();
    expect(bestSlotAt('2026-03-30T21:30', ['linkedin'], settings)?.source).toBe('settings');
  });

  it('checks window bounds: start included, end excluded, weekdays respected', () => {
    const window = { days: [2], start: '09:00', end: '13:00' };
    expect(inWindow('2026-03-31T09:00', window)).toBe(true); // Tuesday
    expect(inWindow('2026-03-31T13:00', window)).toBe(false);
    expect(inWindow('2026-04-01T10:00', window)).toBe(false); // Wednesday
  });

  it('learns slots from history only once there is enough of it', () => {
    const few: HistoryPoint[] = [at('2026-03-02T18:10'), at('2026-03-03T18:20')].map((t) => ({ network: 'x', at: t }));
    expect(learnSlots(few, PARIS)).toEqual([]);
    const history: HistoryPoint[] = [
      ...['02', '03', '04', '05', '09'].map((d) => at(`2026-03-${d}T18:15`)),
      ...['06', '10', '11'].map((d) => at(`2026-03-${d}T08:40`)),
      at('2026-03-12T14:00'),
    ].map((t) => ({ network: 'x', at: t }));
    const learned = learnSlots(history, PARIS);
    expect(learned).toEqual([
      { network: 'x', source: 'learned', count: 5, window: { days: [1, 2, 3, 4], start: '18:00', end: '19:00' } },
      { network: 'x', source: 'learned', count: 3, window: { days: [2, 3, 5], start: '08:00', end: '09:00' } },
    ]);
    expect(bestSlotAt('2026-03-16T18:30', ['x'], DEFAULT_CALENDAR_SETTINGS, learned)?.source).toBe('learned');
  });

  it('learns in the user zone across DST (an 18:15 post stays at 18:00 after the March change)', () => {
    const history = [
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
    ].map((day) => ({ network: 'linkedin' as const, at: at(`${day}T18:15`) }));
    expect(learnSlots(history, PARIS)[0]).toMatchObject({ count: 8, window: { start: '18:00', end: '19:00' } });
  });
});
