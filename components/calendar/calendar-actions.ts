/** What the Calendar section does, over the background's calendar messages. */
import { csvToEntries, entriesToCsv } from '@/lib/calendar/csv';
import { type CalendarEntry, type EntryInput, entryContent } from '@/lib/calendar/entry';
import { entriesToIcs, icsToEntries } from '@/lib/calendar/ics';
import { userWindows } from '@/lib/calendar/settings';
import { shiftLocal, splitLocal, toLocal, toUtc } from '@/lib/calendar/time';
import type { MessageKey } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import type { Network } from '@/lib/networks';
import { downloadText } from '../inbox/download';
import type { CalendarState } from './calendar-state';

type T = (key: MessageKey, substitutions?: readonly string[]) => string;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Opens the editor on a new entry at a slot (a day, and an hour in the week view). */
export function newEntryAt(state: CalendarState, day: string, time?: string): void {
  const network: Network = state.filters.value.network || 'x';
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
export async function importFile(state: CalendarState, file: File, t: T): Promise<void> {
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

/** The entries of the period shown, with the filters applied. */
function shownEntries(state: CalendarState): CalendarEntry[] {
  const days = new Set(state.days.value);
  return state.visible.value.filter((entry) => days.has(splitLocal(viewLocal(state, entry)).date));
}

export function exportCsv(state: CalendarState): void {
  const days = state.days.value;
  downloadText(entriesToCsv(shownEntries(state)), `calendar-${days[0]}-${days.at(-1)}.csv`);
}

export function exportIcs(state: CalendarState): void {
  const days = state.days.value;
  downloadText(
    entriesToIcs(shownEntries(state), Date.now()),
    `calendar-${days[0]}-${days.at(-1)}.ics`,
    'text/calendar;charset=utf-8',
  );
}
