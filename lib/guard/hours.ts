import { DateTime } from 'luxon';
import type { BrandHours } from './accounts';

function minutes(hhmm: string): number {
  const [hours = 0, mins = 0] = hhmm.split(':').map(Number);
  return hours * 60 + mins;
}

/**
 * True when `at` falls inside the account's hours, in the hours' own time zone (so a CM
 * travelling keeps the brand's clock). A window whose end is before its start runs past
 * midnight (22:00–02:00) and belongs to the day it starts. An unknown zone never blocks.
 */
export function withinHours(hours: BrandHours, at: number): boolean {
  const local = DateTime.fromMillis(at, { zone: hours.timeZone });
  if (!local.isValid) return true;
  const now = local.hour * 60 + local.minute;
  const start = minutes(hours.start);
  const end = minutes(hours.end);
  if (start === end) return hours.days.includes(local.weekday);
  if (start < end) return hours.days.includes(local.weekday) && now >= start && now < end;
  if (now >= start) return hours.days.includes(local.weekday);
  const yesterday = local.minus({ days: 1 }).weekday;
  return now < end && hours.days.includes(yesterday);
}
