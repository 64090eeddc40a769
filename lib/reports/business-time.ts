/**
 * Time inside an account's business hours between two instants, in the hours' own zone: a
 * mention captured Friday 17:30 and answered Monday 09:30 with hours 09:00–18:00 on weekdays
 * waited 1 business hour. Days are walked in local time (luxon), so a DST change in between
 * neither adds nor removes an hour of work. A window whose end is before its start runs past
 * midnight and belongs to the day it starts (as the guard reads it).
 */
import { DateTime } from 'luxon';
import type { BrandHours } from '@/lib/guard/accounts';

const minutesOf = (hhmm: string) => {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
};

/** Milliseconds of [from, to) that fall inside the hours; 0 when to <= from. */
export function businessMs(from: number, to: number, hours: BrandHours): number {
  if (to <= from) return 0;
  const start = minutesOf(hours.start);
  const end = minutesOf(hours.end);
  const length = end > start ? end - start : end + 24 * 60 - start;
  let total = 0;
  // Starts the day before: a window opened yesterday evening may still be running.
  let day = DateTime.fromMillis(from, { zone: hours.timeZone }).startOf('day').minus({ days: 1 });
  const lastDay = DateTime.fromMillis(to, { zone: hours.timeZone }).startOf('day');
  while (day <= lastDay) {
    if (hours.days.includes(day.weekday)) {
      const open = day.plus({ minutes: start }).toMillis();
      const close = day.plus({ minutes: start + length }).toMillis();
      total += Math.max(0, Math.min(close, to) - Math.max(open, from));
    }
    day = day.plus({ days: 1 });
  }
  return total;
}
