import { DateTime, IANAZone } from 'luxon';
import type { IsoWeekday } from '@/lib/i18n/week-start';

/** Wall-clock minutes as stored: `yyyy-MM-ddTHH:mm`, no offset (the zone is stored beside it). */
export const LOCAL_FORMAT = "yyyy-MM-dd'T'HH:mm";
const LOCAL_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** How a wall-clock time was placed on the UTC line. */
export type Placement =
  | { kind: 'exact'; utc: number }
  /** The time does not exist (clocks jump forward): moved later by the jump, e.g. 02:30 → 03:30 in Paris. */
  | { kind: 'gap'; utc: number; shiftedTo: string }
  /** The time happens twice (clocks go back): the first occurrence, so the reminder never comes an hour late. */
  | { kind: 'overlap'; utc: number; later: number };

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

export function isLocalDateTime(value: string): boolean {
  return LOCAL_PATTERN.test(value) && DateTime.fromFormat(value, LOCAL_FORMAT, { zone: 'UTC' }).isValid;
}

/**
 * Places a wall-clock time of a zone on the UTC line. Entries store the wall clock and the zone,
 * and this runs again whenever the UTC time is needed, so a rule change or DST never moves a post.
 * Throws on a malformed time or an unknown zone.
 */
export function placeLocal(localDateTime: string, zone: string): Placement {
  if (!isLocalDateTime(localDateTime)) throw new Error(`not a local date-time: ${localDateTime}`);
  if (!isValidZone(zone)) throw new Error(`unknown time zone: ${zone}`);
  const asUtc = DateTime.fromFormat(localDateTime, LOCAL_FORMAT, { zone: 'UTC' }).toMillis();
  // The zone's offsets a day either side cover both sides of any transition near this time.
  const offsets = new Set([-1, 0, 1].map((days) => DateTime.fromMillis(asUtc + days * 86_400_000, { zone }).offset));
  const matches = [...offsets]
    .map((offset) => asUtc - offset * 60_000)
    .filter((utc) => toLocal(utc, zone) === localDateTime)
    .sort((a, b) => a - b);
  const [first, second] = matches;
  if (first === undefined) {
    // Luxon moves a nonexistent time forward by the size of the jump.
    const shifted = DateTime.fromFormat(localDateTime, LOCAL_FORMAT, { zone });
    return { kind: 'gap', utc: shifted.toMillis(), shiftedTo: shifted.toFormat(LOCAL_FORMAT) };
  }
  if (second !== undefined && second !== first) return { kind: 'overlap', utc: first, later: second };
  return { kind: 'exact', utc: first };
}

/** UTC milliseconds of a wall-clock time in a zone (see placeLocal for gaps and overlaps). */
export function toUtc(localDateTime: string, zone: string): number {
  return placeLocal(localDateTime, zone).utc;
}

/** The wall-clock time of an instant in a zone. */
export function toLocal(utc: number, zone: string): string {
  return DateTime.fromMillis(utc, { zone }).toFormat(LOCAL_FORMAT);
}

/** Moves a wall-clock time by calendar days and minutes (a day stays a day across DST). */
export function shiftLocal(localDateTime: string, by: { days?: number; minutes?: number }): string {
  return DateTime.fromFormat(localDateTime, LOCAL_FORMAT, { zone: 'UTC' })
    .plus({ days: by.days ?? 0, minutes: by.minutes ?? 0 })
    .toFormat(LOCAL_FORMAT);
}

/** Splits `yyyy-MM-ddTHH:mm` into its date and time parts. */
export function splitLocal(localDateTime: string): { date: string; time: string } {
  const [date = '', time = ''] = localDateTime.split('T');
  return { date, time };
}

/** ISO weekday (1 = Monday) and minutes since midnight of a wall-clock time. */
export function weekdayAndMinute(localDateTime: string): { weekday: number; minute: number } {
  const d = DateTime.fromFormat(localDateTime, LOCAL_FORMAT, { zone: 'UTC' });
  return { weekday: d.weekday, minute: d.hour * 60 + d.minute };
}

/** The zone the browser runs in, the default for new entries. */
export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The date (yyyy-MM-dd) of an instant in a zone: "today" when given now. */
export function dateIn(utc: number, zone: string): string {
  return DateTime.fromMillis(utc, { zone }).toISODate() ?? '';
}

/** The first day (yyyy-MM-dd) of the week holding `isoDate`, for weeks that start on `firstDay`. */
export function startOfWeek(isoDate: string, firstDay: IsoWeekday): string {
  const day = DateTime.fromISO(isoDate, { zone: 'UTC' });
  return day.minus({ days: (day.weekday - firstDay + 7) % 7 }).toISODate() ?? isoDate;
}

/** Moves a date (yyyy-MM-dd) by whole days. */
export function addDays(isoDate: string, days: number): string {
  return DateTime.fromISO(isoDate, { zone: 'UTC' }).plus({ days }).toISODate() ?? isoDate;
}
