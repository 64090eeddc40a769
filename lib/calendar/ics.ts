/**
 * iCalendar (RFC 5545) export of a range of entries and import of events as ideas, with ical.js.
 * Each VEVENT has UID, DTSTAMP, DTSTART with TZID (and the zone's VTIMEZONE), SUMMARY and
 * DESCRIPTION. Our own exports also carry the whole entry in X-CMC-ENTRY so they round-trip.
 */
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { type CalendarEntry, type EntryInput, entryContent, entryInputSchema, variantText } from '@/lib/calendar/entry';
import { isValidZone, LOCAL_FORMAT, toLocal } from '@/lib/calendar/time';
import { buildVTimezone } from '@/lib/calendar/vtimezone';
import { NETWORK_NAMES } from '@/lib/networks';

const UID_DOMAIN = '@cm-companion';
const PRODID = '-//CM Companion//Publication calendar//EN';
const YEAR = 366 * 86_400_000;
/** How long an exported post shows in a calendar app. */
const EVENT_MINUTES = 15;

function description(entry: CalendarEntry): string {
  const parts = [entry.text];
  for (const network of entry.networks) {
    const account = entry.variants[network]?.account;
    const header = `— ${NETWORK_NAMES[network]}${account ? ` (@${account.replace(/^@/, '')})` : ''}`;
    parts.push(entry.variants[network]?.text !== undefined ? `${header}:\n${variantText(entry, network)}` : header);
  }
  if (entry.notes) parts.push(entry.notes);
  return parts.filter(Boolean).join('\n\n');
}

/** The .ics text of the entries (callers pick the range), stamped at `now`. */
export function entriesToIcs(entries: readonly CalendarEntry[], now: number): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  const zones = new Map<string, { from: number; to: number }>();
  for (const entry of entries) {
    const known = zones.get(entry.timeZone);
    zones.set(entry.timeZone, {
      from: Math.min(known?.from ?? Number.POSITIVE_INFINITY, entry.scheduledAt - YEAR),
      to: Math.max(known?.to ?? 0, entry.scheduledAt + YEAR),
    });
  }
  for (const [zone, range] of zones) calendar.addSubcomponent(buildVTimezone(zone, range.from, range.to));

  for (const entry of entries) {
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', `${entry.id}${UID_DOMAIN}`);
    event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(new Date(now), true));
    const start = DateTime.fromFormat(entry.localDateTime, LOCAL_FORMAT, { zone: 'UTC' });
    const time = ICAL.Time.fromData({
      year: start.year,
      month: start.month,
      day: start.day,
      hour: start.hour,
      minute: start.minute,
      second: 0,
    });
    event.addPropertyWithValue('dtstart', time).setParameter('tzid', entry.timeZone);
    event.addPropertyWithValue('duration', ICAL.Duration.fromSeconds(EVENT_MINUTES * 60));
    event.addPropertyWithValue('summary', entry.title);
    event.addPropertyWithValue('description', description(entry));
    if (entry.labels.length > 0) event.addProperty(new ICAL.Property('categories')).setValues(entry.labels);
    event.addPropertyWithValue('x-cmc-entry', JSON.stringify(entryContent(entry)));
    calendar.addSubcomponent(event);
  }
  // ical.js folds after foldLength octets and then adds the continuation space: 74 keeps every
  // line within RFC 5545's 75 octets.
  const fold = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return calendar.toString().replace(/\r?\n/g, '\r\n');
  } finally {
    ICAL.foldLength = fold;
  }
}

export type IcsImport = { ok: true; entries: EntryInput[]; skipped: number } | { ok: false; error: string };

/**
 * Reads the events of an .ics file as ideas. Our own events come back whole; others take
 * SUMMARY, DESCRIPTION and the first DTSTART (times in a zone the IANA database does not name
 * are converted through the file's VTIMEZONE to `defaultZone`; all-day events land at 09:00).
 */
export function icsToEntries(ics: string, defaultZone: string): IcsImport {
  try {
    return readEvents(new ICAL.Component(ICAL.parse(ics)), defaultZone);
  } catch (error) {
    // A malformed file (even an empty one) is an error to show, never a crash of the import.
    return { ok: false, error: `not an iCalendar file: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function readEvents(root: ICAL.Component, defaultZone: string): IcsImport {
  const zones = new Map<string, ICAL.Timezone>();
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(vtimezone);
    zones.set(zone.tzid, zone);
  }
  const entries: EntryInput[] = [];
  let skipped = 0;
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const entry = ownEntry(vevent) ?? foreignEntry(vevent, zones, defaultZone);
    if (entry) entries.push(entry);
    else skipped++;
  }
  return { ok: true, entries, skipped };
}

function ownEntry(vevent: ICAL.Component): EntryInput | null {
  const raw = vevent.getFirstPropertyValue('x-cmc-entry');
  if (typeof raw !== 'string') return null;
  try {
    const parsed = entryInputSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { ...parsed.data, status: 'idea' } : null;
  } catch {
    return null;
  }
}

function foreignEntry(
  vevent: ICAL.Component,
  zones: Map<string, ICAL.Timezone>,
  defaultZone: string,
): EntryInput | null {
  const property = vevent.getFirstProperty('dtstart');
  const start = property?.getFirstValue();
  if (!property || !(start instanceof ICAL.Time)) return null;
  const tzid = property.getParameter('tzid');
  const tzidText = typeof tzid === 'string' ? tzid : undefined;
  let localDateTime: string;
  let timeZone = defaultZone;
  const wallClock = () =>
    `${start.year}-${String(start.month).padStart(2, '0')}-${String(start.day).padStart(2, '0')}T${String(start.hour).padStart(2, '0')}:${String(start.minute).padStart(2, '0')}`;
  if (start.isDate) {
    localDateTime = `${wallClock().slice(0, 10)}T09:00`;
  } else if (tzidText && isValidZone(tzidText)) {
    localDateTime = wallClock();
    timeZone = tzidText;
  } else if (start.zone === ICAL.Timezone.utcTimezone || (tzidText && zones.has(tzidText))) {
    if (tzidText) start.zone = zones.get(tzidText) as ICAL.Timezone;
    localDateTime = toLocal(start.toUnixTime() * 1000, defaultZone);
  } else {
    localDateTime = wallClock();
  }
  const uid = vevent.getFirstPropertyValue('uid');
  const summary = vevent.getFirstPropertyValue('summary');
  const text = vevent.getFirstPropertyValue('description');
  const parsed = entryInputSchema.safeParse({
    ...(typeof uid === 'string' && uid ? { id: `ics:${uid}`.slice(0, 200) } : {}),
    title: typeof summary === 'string' && summary.trim() ? summary.trim().slice(0, 300) : '(untitled)',
    text: typeof text === 'string' ? text : '',
    localDateTime,
    timeZone,
    status: 'idea',
  });
  return parsed.success ? parsed.data : null;
}
