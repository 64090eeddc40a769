/**
 * What a calendar export covers: the period shown, everything from today on, or dates the user
 * chose. The file name says the range, and an export with nothing in it is refused (the caller
 * says so) rather than written empty.
 */
import type { CalendarEntry } from '@/lib/calendar/entry';
import { splitLocal, toLocal } from '@/lib/calendar/time';

export type ExportScope = 'shown' | 'upcoming' | 'custom';

/** Inclusive dates (yyyy-MM-dd) in the view's zone; `to` null means no end. */
export interface ExportBounds {
  from: string;
  to: string | null;
}

export interface ExportContext {
  /** The days of the period shown. */
  shownDays: readonly string[];
  /** Today's date in the view's zone. */
  today: string;
  /** The chosen dates (scope "custom"). */
  custom: { from: string; to: string };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The dates an export covers, or null when the chosen dates are missing or reversed. */
export function exportBounds(scope: ExportScope, context: ExportContext): ExportBounds | null {
  if (scope === 'upcoming') return { from: context.today, to: null };
  if (scope === 'custom') {
    const { from, to } = context.custom;
    if (!ISO_DATE.test(from) || !ISO_DATE.test(to) || from > to) return null;
    return { from, to };
  }
  const first = context.shownDays[0];
  const last = context.shownDays.at(-1);
  return first && last ? { from: first, to: last } : null;
}

/** The entries whose time, in the view's zone, falls within the bounds. */
export function entriesWithin(entries: readonly CalendarEntry[], bounds: ExportBounds, zone: string): CalendarEntry[] {
  return entries.filter((entry) => {
    const { date } = splitLocal(toLocal(entry.scheduledAt, zone));
    return date >= bounds.from && (bounds.to === null || date <= bounds.to);
  });
}

/** `calendar-2026-12-07-to-2026-12-13.ics`, or `calendar-from-2026-12-07.csv` for an open end. */
export function exportFileName(bounds: ExportBounds, extension: 'csv' | 'ics'): string {
  const range = bounds.to === null ? `from-${bounds.from}` : `${bounds.from}-to-${bounds.to}`;
  return `calendar-${range}.${extension}`;
}
