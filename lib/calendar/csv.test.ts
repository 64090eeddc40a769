import { describe, expect, it } from 'vitest';
import { csvToEntries, entriesToCsv } from '@/lib/calendar/csv';
import { buildEntry, type CalendarEntry, type EntryInput, entryContent } from '@/lib/calendar/entry';

let ids = 0;
const make = (input: EntryInput): CalendarEntry => buildEntry(input, 1_700_000_000_000, () => `e${++ids}`);

const sample = (): CalendarEntry[] => [
  make({
    title: 'Lancement printemps',
    text: 'Notre collection de printemps arrive ! 🌸 "Guillemets", virgules, et\nretour à la ligne',
    networks: ['x', 'linkedin'],
    variants: { x: { text: 'Printemps 🌸 #acme', account: 'acme' }, linkedin: { account: 'acme-france' } },
    localDateTime: '2026-03-29T21:00',
    timeZone: 'Europe/Paris',
    status: 'scheduled',
    labels: ['launch', 'spring'],
    campaign: 'Printemps 2026',
    notes: 'Visuel: https://cdn.example.com/spring.png',
  }),
  make({
    title: '=SUM(A1:A2)',
    text: '',
    networks: [],
    localDateTime: '2026-04-01T09:30',
    timeZone: 'America/New_York',
    status: 'idea',
  }),
];

describe('CSV export and import', () => {
  it('round-trips: export then import gives the same entries', () => {
    const entries = sample();
    const csv = entriesToCsv(entries);
    const back = csvToEntries(csv, 'UTC');
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.entries).toEqual(entries.map(entryContent));
  });

  it('neutralises spreadsheet formulas in exported cells', () => {
    expect(entriesToCsv(sample())).toContain(`"'=SUM(A1:A2)"`);
  });

  it('imports a hand-written month with defaults (zone, status) and lists', () => {
    const csv =
      'title,date,time,networks,labels\nPost 1,2026-05-04,9:00,x|bluesky,promo;may\nPost 2,2026-05-05,21:00,linkedin,';
    const result = csvToEntries(csv, 'Europe/Paris');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries).toHaveLength(2);
    expect(result.entries[0]).toMatchObject({
      localDateTime: '2026-05-04T09:00',
      timeZone: 'Europe/Paris',
      status: 'draft',
      networks: ['x', 'bluesky'],
      labels: ['promo', 'may'],
    });
  });

  it('refuses the whole file, naming row and field of every error', () => {
    const csv = [
      'title,date,time,networks,status,time_zone',
      'Fine,2026-05-04,09:00,x,draft,',
      ',2026-05-05,09:00,x,draft,',
      'Bad date,2026-02-30,09:00,x,draft,',
      'Bad network,2026-05-06,09:00,myspace,draft,',
      'Bad zone,2026-05-07,09:00,x,later,Mars/Olympus',
    ].join('\n');
    const result = csvToEntries(csv, 'UTC');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ row, field }) => `${row}:${field}`)).toEqual([
      '3:title',
      '4:date/time',
      '5:networks',
      '6:time_zone',
      '6:status',
    ]);
  });

  it('refuses unknown and missing columns before reading rows', () => {
    const result = csvToEntries('titel,date\nA,2026-05-04', 'UTC');
    expect(result).toEqual({
      ok: false,
      issues: [
        { row: 1, field: 'titel', message: 'unknown column' },
        { row: 1, field: 'title', message: 'required column missing' },
        { row: 1, field: 'time', message: 'required column missing' },
      ],
    });
  });
});
