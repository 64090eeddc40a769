/** What the Calendar section does, over the background's calendar messages. */

import { type CalendarState, filterEntries } from '@/components/calendar/calendar-state';
import { listEntriesBetween } from '@/components/calendar/list-entries';
import { downloadText } from '@/components/inbox/download';
import { csvToEntries, entriesToCsv } from '@/lib/calendar/csv';
import { type CalendarEntry, type EntryInput, entryContent } from '@/lib/calendar/entry';
import { type ExportBounds, entriesWithin, exportBounds, exportFileName } from '@/lib/calendar/export-range';
import { entriesToIcs, icsToEntries } from '@/lib/calendar/ics';
import { userWindows } from '@/lib/calendar/settings';
import { dateIn, shiftLocal, splitLocal, toLocal, toUtc } from '@/lib/calendar/time';
import { now } from '@/lib/clock';
import type { MessageKey } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import { DEFAULT_NETWORK, type Network } from '@/lib/networks';

type T = (key: MessageKey, substitutions?: readonly string[]) => string;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Opens the editor on a new entry at a slot (a day, and an hour in the week view). */
export function newEntryAt(state: CalendarState, day: string, time?: string): void {
  const network: Network = state.filters.value.network || DEFAULT_NETWORK;
  const start = time ?? userWindows(state.settings.value, network)[0]?.start ?? '21:00';
  state.editing.value = {
    title: '',
    text: '',
    networks: [network],
    variants: {},
    localDateTime: `${day}T${start === '24:00' ? '23:59' : start}`,
    timeZone: state.zone.value,
    status: 'scheduled',
    labels: [],
    campaign: '',
    notes: '',
  };
}

export function editEntry(state: CalendarState, entry: CalendarEntry): void {
  state.selectedId.value = entry.id;
  state.editing.value = entryContent(entry);
}

export async function saveEntry(state: CalendarState, input: EntryInput, t: T): Promise<boolean> {
  try {
    const { entry } = await sendToBackground('saveCalendarEntry', { entry: input });
    state.selectedId.value = (entry as CalendarEntry).id;
    state.editing.value = null;
    state.notice.value = { kind: 'ok', text: t('calendarSaved', [input.title]) };
    return true;
  } catch (error) {
    state.notice.value = { kind: 'error', text: message(error) };
    return false;
  }
}

/** Where an entry falls in the view's zone. */
export function viewLocal(state: CalendarState, entry: CalendarEntry): string {
  return toLocal(entry.scheduledAt, state.zone.value);
}

/** Moves an entry by days and minutes of its own wall clock (keyboard: Alt+arrows). */
export function shiftEntry(state: CalendarState, entry: CalendarEntry, by: { days?: number; minutes?: number }, t: T) {
  return saveMoved(state, entry, shiftLocal(entry.localDateTime, by), t);
}

/** Moves an entry to a slot of the view (drag and drop): a day, and an hour in the week view. */
export function dropEntry(state: CalendarState, entry: CalendarEntry, day: string, time: string | undefined, t: T) {
  const target = `${day}T${time ?? splitLocal(viewLocal(state, entry)).time}`;
  return saveMoved(state, entry, toLocal(toUtc(target, state.zone.value), entry.timeZone), t);
}

async function saveMoved(state: CalendarState, entry: CalendarEntry, localDateTime: string, t: T): Promise<void> {
  if (localDateTime === entry.localDateTime) return;
  const { date, time } = splitLocal(localDateTime);
  const ok = await saveEntry(state, { ...entryContent(entry), localDateTime }, t);
  if (ok) state.notice.value = { kind: 'ok', text: t('calendarMoved', [entry.title, date, time]) };
}

export async function deleteEntry(state: CalendarState, entry: CalendarEntry, t: T): Promise<void> {
  try {
    await sendToBackground('deleteCalendarEntry', { id: entry.id });
    state.editing.value = null;
    state.notice.value = { kind: 'ok', text: t('calendarDeleted', [entry.title]) };
  } catch (error) {
    state.notice.value = { kind: 'error', text: message(error) };
  }
}

/** Opens the network's composer with the variant (the same path as a reminder click). */
export async function publishNow(state: CalendarState, entry: CalendarEntry, network: Network): Promise<void> {
  try {
    await sendToBackground('publishCalendarEntry', { id: entry.id, network });
  } catch (error) {
    state.notice.value = { kind: 'error', text: message(error) };
  }
}

/** Imports a .csv or .ics file: everything or, with any error, nothing (the errors are listed). */
/** The largest calendar file read (CSV or iCalendar). */
export const MAX_CALENDAR_FILE_BYTES = 10 * 1024 * 1024;

export async function importFile(state: CalendarState, file: File, t: T): Promise<void> {
  // 5,000 rows of posts fit in a few MB: a larger file is refused before it is read.
  if (file.size > MAX_CALENDAR_FILE_BYTES) {
    const limit = `larger than ${MAX_CALENDAR_FILE_BYTES / 1024 / 1024} MB`;
    state.notice.value = { kind: 'error', text: t('calendarImportFailed', [file.name]), details: [limit] };
    return;
  }
  const text = await file.text();
  const isIcs = /\.ics$/i.test(file.name) || text.trimStart().startsWith('BEGIN:VCALENDAR');
  let entries: EntryInput[];
  if (isIcs) {
    const result = icsToEntries(text, state.zone.value);
    if (!result.ok) {
      state.notice.value = { kind: 'error', text: t('calendarImportFailed', [file.name]), details: [result.error] };
      return;
    }
    entries = result.entries;
  } else {
    const result = csvToEntries(text, state.zone.value);
    if (!result.ok) {
      state.notice.value = {
        kind: 'error',
        text: t('calendarImportFailed', [file.name]),
        details: result.issues.map((issue) =>
          t('calendarImportIssue', [String(issue.row), issue.field || '—', issue.message]),
        ),
      };
      return;
    }
    entries = result.entries;
  }
  if (entries.length === 0) {
    state.notice.value = { kind: 'error', text: t('calendarImportEmpty', [file.name]) };
    return;
  }
  try {
    const { created, updated } = await sendToBackground('importCalendarEntries', { entries });
    state.notice.value = { kind: 'ok', text: t('calendarImported', [String(created), String(updated)]) };
  } catch (error) {
    state.notice.value = { kind: 'error', text: t('calendarImportFailed', [file.name]), details: [message(error)] };
  }
}

/**
 * Writes the entries of the chosen range (period shown, everything from today, or chosen dates),
 * with the toolbar's filters applied, as CSV or iCalendar. Nothing to export: says so, writes nothing.
 */
export async function exportEntries(state: CalendarState, format: 'csv' | 'ics', t: T): Promise<void> {
  const zone = state.zone.value;
  const bounds = exportBounds(state.exportScope.value, {
    shownDays: state.days.value,
    today: dateIn(now(), zone),
    custom: state.exportCustom.value,
  });
  if (!bounds) {
    state.notice.value = { kind: 'error', text: t('calendarExportBadRange') };
    return;
  }
  let entries: CalendarEntry[];
  try {
    entries = filterEntries(entriesWithin(await loadForExport(state, bounds), bounds, zone), state.filters.value);
  } catch (error) {
    state.notice.value = { kind: 'error', text: message(error) };
    return;
  }
  const range = bounds.to === null ? t('calendarExportFrom', [bounds.from]) : `${bounds.from} – ${bounds.to}`;
  if (entries.length === 0) {
    state.notice.value = { kind: 'error', text: t('calendarExportNothing', [range]) };
    return;
  }
  const name = exportFileName(bounds, format);
  if (format === 'csv') downloadText(entriesToCsv(entries), name);
  else downloadText(entriesToIcs(entries, now()), name, 'text/calendar;charset=utf-8');
  state.notice.value = { kind: 'ok', text: t('calendarExported', [String(entries.length), name]) };
}

/** The period shown is already loaded; other ranges are read from the background. */
async function loadForExport(state: CalendarState, bounds: ExportBounds): Promise<CalendarEntry[]> {
  if (state.exportScope.value === 'shown') return state.entries.value;
  return listEntriesBetween(bounds.from, bounds.to, state.zone.value);
}
