import type { BrandHours } from '@/lib/guard/accounts';

function minutes(hhmm: string): number {
  const [hours = 0, mins = 0] = hhmm.split(':').map(Number);
  return hours * 60 + mins;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/**
 * The ISO weekday (Monday = 1) and minutes since midnight at `at` in `timeZone`, or null for an
 * unknown zone. Intl rather than a date library: this runs in every content script.
 */
function wallClock(at: number, timeZone: string): { weekday: number; minutes: number } | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(at);
    const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
    const weekday = WEEKDAYS[part('weekday')];
    return weekday ? { weekday, minutes: Number(part('hour')) * 60 + Number(part('minute')) } : null;
  } catch {
    return null;
  }
}

/**
 * True when `at` falls inside the account's hours, in the hours' own time zone (so a CM
 * travelling keeps the brand's clock). A window whose end is before its start runs past
 * midnight (22:00–02:00) and belongs to the day it starts. An unknown zone never blocks.
 */
export function withinHours(hours: BrandHours, at: number): boolean {
  const local = wallClock(at, hours.timeZone);
  if (!local) return true;
  const now = local.minutes;
  const start = minutes(hours.start);
  const end = minutes(hours.end);
  if (start === end) return hours.days.includes(local.weekday);
  if (start < end) return hours.days.includes(local.weekday) && now >= start && now < end;
  if (now >= start) return hours.days.includes(local.weekday);
  const yesterday = ((local.weekday + 5) % 7) + 1;
  return now < end && hours.days.includes(yesterday);
}
