import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from '@/lib/calendar/entry';
import { entriesWithin, exportBounds, exportFileName } from '@/lib/calendar/export-range';
import { toUtc } from '@/lib/calendar/time';

const context = {
  shownDays: ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13'],
  today: '2026-12-09',
  custom: { from: '2026-12-20', to: '2027-01-05' },
};

const at = (local: string, zone = 'Europe/Paris') => ({ scheduledAt: toUtc(local, zone) }) as CalendarEntry;

describe('calendar export range', () => {
  it('covers the period shown, everything from today, or the chosen dates', () => {
    expect(exportBounds('shown', context)).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    expect(exportBounds('upcoming', context)).toEqual({ from: '2026-12-09', to: null });
    expect(exportBounds('custom', context)).toEqual({ from: '2026-12-20', to: '2027-01-05' });
  });

  it('refuses chosen dates that are missing or reversed', () => {
    expect(exportBounds('custom', { ...context, custom: { from: '', to: '2027-01-05' } })).toBeNull();
    expect(exportBounds('custom', { ...context, custom: { from: '2027-01-05', to: '2026-12-20' } })).toBeNull();
  });

  it('keeps entries by their date in the view zone, both ends included', () => {
    const entries = [at('2026-12-06T23:30'), at('2026-12-07T00:00'), at('2026-12-13T23:59'), at('2026-12-14T00:00')];
    expect(entriesWithin(entries, { from: '2026-12-07', to: '2026-12-13' }, 'Europe/Paris')).toEqual(
      entries.slice(1, 3),
    );
    // 23:30 in Paris on the 6th is already the 7th in Auckland.
    expect(entriesWithin(entries, { from: '2026-12-07', to: '2026-12-07' }, 'Pacific/Auckland')).toHaveLength(2);
    expect(entriesWithin(entries, { from: '2026-12-13', to: null }, 'Europe/Paris')).toEqual(entries.slice(2));
  });

  it('names the file after the range', () => {
    expect(exportFileName({ from: '2026-12-07', to: '2026-12-13' }, 'ics')).toBe(
      'calendar-2026-12-07-to-2026-12-13.ics',
    );
    expect(exportFileName({ from: '2026-12-07', to: null }, 'csv')).toBe('calendar-from-2026-12-07.csv');
  });
});
