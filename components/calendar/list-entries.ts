import { type CalendarEntry, readEntry } from '@/lib/calendar/entry';
import { toUtc } from '@/lib/calendar/time';
import { sendToBackground } from '@/lib/messaging/client';

const DAY_MS = 86_400_000;

/**
 * The entries planned from the start of `first` to the end of `last` (yyyy-MM-dd in `zone`; null:
 * no end), with a day of margin either side so entries planned in other zones are not missed.
 */
export async function listEntriesBetween(first: string, last: string | null, zone: string): Promise<CalendarEntry[]> {
  const from = toUtc(`${first}T00:00`, zone) - DAY_MS;
  const to = last === null ? Number.MAX_SAFE_INTEGER : toUtc(`${last}T23:59`, zone) + 2 * DAY_MS;
  const result = await sendToBackground('listCalendar', { from, to });
  return result.entries.map(readEntry).filter((entry): entry is CalendarEntry => entry !== null);
}
