import { storage } from '@wxt-dev/storage';
import { type CalendarSettings, DEFAULT_CALENDAR_SETTINGS, parseCalendarSettings } from '@/lib/calendar/settings';

/** Calendar settings (Settings → Calendar), in their own versioned item. */
export const calendarSettingsItem = storage.defineItem<CalendarSettings>('local:calendarSettings', {
  fallback: DEFAULT_CALENDAR_SETTINGS,
  version: 1,
});

export async function readCalendarSettings(): Promise<CalendarSettings> {
  return parseCalendarSettings(await calendarSettingsItem.getValue());
}

/** Merges a change into the stored calendar settings. */
export async function updateCalendarSettings(patch: Partial<CalendarSettings>): Promise<CalendarSettings> {
  const next = parseCalendarSettings({ ...(await readCalendarSettings()), ...patch });
  await calendarSettingsItem.setValue(next);
  return next;
}

/** Calls back with validated settings on every change. Returns the unwatch. */
export function watchCalendarSettings(callback: (settings: CalendarSettings) => void): () => void {
  return calendarSettingsItem.watch((value) => callback(parseCalendarSettings(value)));
}
