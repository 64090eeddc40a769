/**
 * Calendar settings, kept in their own storage item (see settings-store.ts): default zone,
 * best-time windows per network, conflict gap, reminder lead time.
 */
import { z } from 'zod';
import { DEFAULT_CONFLICT_GAP_MINUTES } from '@/lib/calendar/conflicts';
import { isValidZone } from '@/lib/calendar/time';
import { NETWORK_LIST, NETWORKS, type Network } from '@/lib/networks';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/);

/** A weekly window: ISO weekdays (1 = Monday) and a wall-clock range in the entry's zone. */
export const windowSchema = z.object({
  days: z.array(z.number().int().min(1).max(7)).min(1),
  start: hhmm,
  end: hhmm,
});
export type TimeWindow = z.infer<typeof windowSchema>;

/** The seed article's rule of thumb: evenings after 21:00, every day. */
export const SEED_EVENING: TimeWindow = { days: [1, 2, 3, 4, 5, 6, 7], start: '21:00', end: '23:00' };

/**
 * Published aggregate studies (Sprout Social 2023–24), from each network's descriptor: weekday
 * late mornings, Tuesday–Thursday strongest, where the data is solid.
 */
export const STUDY_WINDOWS: Partial<Record<Network, TimeWindow[]>> = Object.fromEntries(
  NETWORK_LIST.filter((network) => network.studyWindows.length > 0).map((network) => [
    network.id,
    network.studyWindows.map((window) => ({ ...window, days: [...window.days] })),
  ]),
);

const defaultWindows = () => Object.fromEntries(NETWORKS.map((network) => [network, [SEED_EVENING]]));

export const calendarSettingsSchema = z.object({
  /** '' follows the browser's zone. */
  defaultTimeZone: z.catch(
    z.string().refine((zone) => zone === '' || isValidZone(zone)),
    '',
  ),
  /** The user's best-time windows per network; the seed's evening window until edited. */
  windows: z.catch(z.partialRecord(z.enum(NETWORKS), z.array(windowSchema).max(20)), defaultWindows()),
  conflictGapMinutes: z.catch(
    z
      .number()
      .int()
      .min(0)
      .max(24 * 60),
    DEFAULT_CONFLICT_GAP_MINUTES,
  ),
  /** Minutes before the planned time for an extra reminder; 0 for none. */
  reminderLeadMinutes: z.catch(
    z
      .number()
      .int()
      .min(0)
      .max(24 * 60),
    0,
  ),
});
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = calendarSettingsSchema.parse({});

/** Reads any stored value into valid settings, field by field. */
export function parseCalendarSettings(value: unknown): CalendarSettings {
  return calendarSettingsSchema.parse(value && typeof value === 'object' ? value : {});
}

/** The user's windows for one network (the seed's evening window when none was set). */
export function userWindows(settings: CalendarSettings, network: Network): TimeWindow[] {
  return settings.windows[network] ?? [SEED_EVENING];
}

/** "21:00–23:00" ⇄ window times: what the settings field shows and reads. */
export function formatWindow(window: TimeWindow): string {
  return `${window.start}–${window.end}`;
}

/** Parses "21:00-23:00" (any dash) into a window on the given days, or null. */
export function parseWindow(text: string, days: number[]): TimeWindow | null {
  const match = /^\s*(\d{1,2}:\d{2})\s*[-–—]\s*(\d{1,2}:\d{2})\s*$/.exec(text);
  if (!match) return null;
  const pad = (time: string) => time.padStart(5, '0');
  const parsed = windowSchema.safeParse({ days, start: pad(match[1] ?? ''), end: pad(match[2] ?? '') });
  return parsed.success && parsed.data.start < parsed.data.end ? parsed.data : null;
}
