import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildEntry, type CalendarEntry, type EntryInput, entryContent } from '@/lib/calendar/entry';
import { entriesToIcs, icsToEntries } from '@/lib/calendar/ics';
import { offsetTransitions } from '@/lib/calendar/vtimezone';

let ids = 0;
const make = (input: EntryInput): CalendarEntry => buildEntry(input, 1_700_000_000_000, () => `e${++ids}`);
const NOW = Date.UTC(2026, 2, 1, 12);

const entries = (): CalendarEntry[] => [
  make({
    title: 'Lancement printemps; virgule, et \\ barre',
    text: 'Notre collection arrive ! 🌸\nDeuxième ligne avec un très long texte '.repeat(3),
    networks: ['x', 'linkedin'],
    variants: { x: { text: 'Printemps 🌸 #acme', account: 'acme' }, linkedin: { account: 'acme-france' } },
    localDateTime: '2026-03-29T21:00',
    timeZone: 'Europe/Paris',
    status: 'scheduled',
    labels: ['launch', 'spring, 2026'],
    campaign: 'Printemps',
    notes: 'Visuel : https://cdn.example.com/spring.png',
  }),
  make({ title: 'NY idea', localDateTime: '2026-11-01T09:30', timeZone: 'America/New_York', status: 'idea' }),
];

describe('iCalendar export', () => {
  it('writes RFC 5545 events that ical.js parses: UID, DTSTAMP, DTSTART;TZID, VTIMEZONE, SUMMARY, DESCRIPTION', () => {
    const ics = entriesToIcs(entries(), NOW);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20260329T210000');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    const [event] = calendar.getAllSubcomponents('vevent');
    expect(event?.getFirstPropertyValue('uid')).toBe('e1@cm-companion');
    expect(String(event?.getFirstPropertyValue('dtstamp'))).toBe('2026-03-01T12:00:00Z');
    expect(event?.getFirstPropertyValue('summary')).toBe('Lancement printemps; virgule, et \\ barre');
    expect(String(event?.getFirstPropertyValue('description'))).toContain('— X (@acme):\nPrintemps 🌸 #acme');
    expect(event?.getFirstProperty('categories')?.getValues()).toEqual(['launch', 'spring, 2026']);
    const zones = calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'));
    expect(zones).toEqual(['Europe/Paris', 'America/New_York']);
  });

  it('places events at the right instant through its own VTIMEZONE, across DST', () => {
    const calendar = new ICAL.Component(ICAL.parse(entriesToIcs(entries(), NOW)));
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
      // Register under a name no IANA lookup knows, to prove the VTIMEZONE alone carries the rules.
      const zone = new ICAL.Timezone(vtimezone);
      const events = calendar
        .getAllSubcomponents('vevent')
        .filter((e) => e.getFirstProperty('dtstart')?.getParameter('tzid') === zone.tzid);
      for (const event of events) {
        const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
        start.zone = zone;
        const utc = new Date(start.toUnixTime() * 1000).toISOString();
        expect(utc).toBe(zone.tzid === 'Europe/Paris' ? '2026-03-29T19:00:00.000Z' : '2026-11-01T14:30:00.000Z');
      }
    }
  });

  it('finds the Paris transitions of 2026 to the minute', () => {
    const found = offsetTransitions('Europe/Paris', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(found.map((t) => new Date(t).toISOString())).toEqual([
      '2026-03-29T01:00:00.000Z',
      '2026-10-25T01:00:00.000Z',
    ]);
  });
});

describe('iCalendar import', () => {
  it('round-trips our export: the same entries, as ideas', () => {
    const original = entries();
    const back = icsToEntries(entriesToIcs(original, NOW), 'UTC');
    expect(back.ok && back.entries).toEqual(original.map((entry) => ({ ...entryContent(entry), status: 'idea' })));
  });

  it('imports foreign events as ideas: IANA TZID kept, UTC and Windows zones converted, all-day at 09:00', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Test//EN',
      'BEGIN:VTIMEZONE',
      'TZID:Romance Standard Time',
      'BEGIN:STANDARD',
      'DTSTART:16010101T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:16010101T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:a1',
      'DTSTAMP:20260301T000000Z',
      'DTSTART;TZID=Europe/Berlin:20260410T180000',
      'SUMMARY:Webinar',
      'DESCRIPTION:Line one\\nline two',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:a2',
      'DTSTAMP:20260301T000000Z',
      'DTSTART:20260410T160000Z',
      'SUMMARY:UTC one',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:a3',
      'DTSTAMP:20260301T000000Z',
      'DTSTART;TZID=Romance Standard Time:20260701T100000',
      'SUMMARY:Outlook one',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:a4',
      'DTSTAMP:20260301T000000Z',
      'DTSTART;VALUE=DATE:20260501',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const result = icsToEntries(ics, 'Europe/Paris');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.entries.map(({ id, title, text, localDateTime, timeZone, status }) => ({
        id,
        title,
        text,
        localDateTime,
        timeZone,
        status,
      })),
    ).toEqual([
      {
        id: 'ics:a1',
        title: 'Webinar',
        text: 'Line one\nline two',
        localDateTime: '2026-04-10T18:00',
        timeZone: 'Europe/Berlin',
        status: 'idea',
      },
      {
        id: 'ics:a2',
        title: 'UTC one',
        text: '',
        localDateTime: '2026-04-10T18:00',
        timeZone: 'Europe/Paris',
        status: 'idea',
      },
      {
        id: 'ics:a3',
        title: 'Outlook one',
        text: '',
        localDateTime: '2026-07-01T10:00',
        timeZone: 'Europe/Paris',
        status: 'idea',
      },
      {
        id: 'ics:a4',
        title: '(untitled)',
        text: '',
        localDateTime: '2026-05-01T09:00',
        timeZone: 'Europe/Paris',
        status: 'idea',
      },
    ]);
  });

  it('says plainly when a file is not iCalendar', () => {
    expect(icsToEntries('hello', 'UTC')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not an iCalendar file/),
    });
  });
});
