import { describe, expect, it } from 'vitest';
import { findConflicts } from '@/lib/calendar/conflicts';
import { buildEntry, type CalendarEntry, type EntryInput, variantText } from '@/lib/calendar/entry';
import {
  alarmName,
  findLateReminders,
  findMissed,
  nextReminder,
  parseAlarmName,
  planAlarms,
} from '@/lib/calendar/reminders';

let ids = 0;
const make = (
  input: Partial<EntryInput> & { localDateTime: string },
  extra: Partial<CalendarEntry> = {},
): CalendarEntry => ({
  ...buildEntry(
    { title: 'Post', timeZone: 'Europe/Paris', networks: ['x'], status: 'scheduled', ...input },
    0,
    () => `e${++ids}`,
  ),
  ...extra,
});
const MIN = 60_000;

describe('reminder alarms', () => {
  it('names alarms so a woken worker knows entry, network and kind', () => {
    const name = alarmName('abc:1', 'linkedin', 'lead');
    expect(name).toBe('calendar:lead:linkedin:abc:1');
    expect(parseAlarmName(name)).toEqual({ entryId: 'abc:1', network: 'linkedin', kind: 'lead' });
    expect(parseAlarmName('other:due:x:1')).toBeNull();
    expect(parseAlarmName('calendar:due:myspace:1')).toBeNull();
  });

  it('plans one alarm per pending network at the time, plus the lead reminder, future only', () => {
    const entry = make(
      { localDateTime: '2026-03-29T21:00', networks: ['x', 'linkedin'] },
      { publishedOn: { linkedin: 1 } },
    );
    const idea = make({ localDateTime: '2026-03-29T21:00', status: 'idea' });
    const now = entry.scheduledAt - 60 * MIN;
    expect(planAlarms([entry, idea], now, 15)).toEqual([
      { name: alarmName(entry.id, 'x', 'due'), when: entry.scheduledAt },
      { name: alarmName(entry.id, 'x', 'lead'), when: entry.scheduledAt - 15 * MIN },
    ]);
    expect(planAlarms([entry], entry.scheduledAt - 10 * MIN, 15)).toHaveLength(1);
    expect(planAlarms([entry], entry.scheduledAt + 1, 15)).toEqual([]);
    expect(nextReminder([entry], now, 15)).toMatchObject({ network: 'x', at: entry.scheduledAt - 15 * MIN });
  });
});

describe('missed detection', () => {
  it('marks an entry missed when its time passed with the browser closed (no reminder)', () => {
    const entry = make({ localDateTime: '2026-03-29T21:00' });
    expect(findMissed([entry], entry.scheduledAt + 11 * MIN)).toEqual([entry]);
    expect(findMissed([entry], entry.scheduledAt + 5 * MIN)).toEqual([]);
    expect(findLateReminders([entry], entry.scheduledAt + 5 * MIN)).toEqual([entry]);
  });

  it('gives a reminded entry an hour to be published, and never flags published or ideas', () => {
    const reminded = make({ localDateTime: '2026-03-29T21:00' }, { remindedAt: 1 });
    expect(findMissed([reminded], reminded.scheduledAt + 30 * MIN)).toEqual([]);
    expect(findMissed([reminded], reminded.scheduledAt + 61 * MIN)).toEqual([reminded]);
    const done = make({ localDateTime: '2026-03-29T21:00', status: 'published' });
    const idea = make({ localDateTime: '2026-03-29T21:00', status: 'idea' });
    expect(findMissed([done, idea], done.scheduledAt + 1000 * MIN)).toEqual([]);
  });
});

describe('conflicts', () => {
  it('flags two posts on one account within the gap, not on other accounts or networks', () => {
    const a = make({ localDateTime: '2026-03-29T21:00', variants: { x: { account: 'acme' } } });
    const b = make({ localDateTime: '2026-03-29T21:40', variants: { x: { account: '@ACME' } } });
    const other = make({ localDateTime: '2026-03-29T21:10', variants: { x: { account: 'marie' } } });
    const linkedin = make({ localDateTime: '2026-03-29T21:05', networks: ['linkedin'] });
    const later = make({ localDateTime: '2026-03-29T23:00', variants: { x: { account: 'acme' } } });
    expect(findConflicts([a, b, other, linkedin, later], 60)).toEqual([
      { network: 'x', account: 'acme', ids: [a.id, b.id], minutesApart: 40 },
    ]);
    expect(findConflicts([a, b], 30)).toEqual([]);
  });

  it('measures the gap in real time across DST (01:30 and 03:10 on 29 March are 40 minutes apart)', () => {
    const a = make({ localDateTime: '2026-03-29T01:30' });
    const b = make({ localDateTime: '2026-03-29T03:10' });
    expect(findConflicts([a, b], 60)[0]?.minutesApart).toBe(40);
  });
});

describe('entries', () => {
  it('inherits the base text unless a network overrides it', () => {
    const entry = make({
      localDateTime: '2026-03-29T21:00',
      text: 'Base',
      variants: { x: { text: 'Court' }, linkedin: { account: 'acme' } },
    });
    expect(variantText(entry, 'x')).toBe('Court');
    expect(variantText(entry, 'linkedin')).toBe('Base');
  });

  it('forgets a fired reminder when the time moves', () => {
    const entry = make({ localDateTime: '2026-03-29T21:00' }, { remindedAt: 5 });
    const same = buildEntry({ ...entry, title: 'Renamed' }, 10, () => 'x', entry);
    expect(same.remindedAt).toBe(5);
    const moved = buildEntry({ ...entry, localDateTime: '2026-03-30T21:00' }, 10, () => 'x', entry);
    expect(moved.remindedAt).toBeUndefined();
    expect(moved.createdAt).toBe(entry.createdAt);
  });
});
