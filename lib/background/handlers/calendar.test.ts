import { deleteDB, type IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rebuildCalendarAlarms } from '@/lib/background/calendar-alarms';
import { calendarHandlers } from '@/lib/background/handlers/calendar';
import { pendingPublishItem } from '@/lib/calendar/pending-publish-store';
import { alarmName } from '@/lib/calendar/reminders';
import { openCompanionDb } from '@/lib/db/open';
import type { CompanionDB } from '@/lib/db/schema';
import type { HandlerContext } from '@/lib/messaging/handle';
import type { Network } from '@/lib/networks';

const NAME = 'calendar-handlers-test';
let db: IDBPDatabase<CompanionDB>;
let now = Date.UTC(2026, 2, 29, 12);
let ids = 0;
const handlers = () =>
  calendarHandlers({
    db: async () => db,
    now: () => now,
    newId: () => `e${++ids}`,
    openSidePanel: async () => undefined,
  });
const page: HandlerContext = { sender: 'page', tabId: null, windowId: null };

const input = {
  title: 'Printemps',
  text: 'Base',
  networks: ['x' as const],
  variants: { x: { text: 'Printemps 🌸', account: 'acme' } },
  localDateTime: '2026-03-29T21:00',
  timeZone: 'Europe/Paris',
  status: 'scheduled' as const,
  labels: [],
  campaign: '',
  notes: '',
};

beforeEach(async () => {
  fakeBrowser.reset();
  db = await openCompanionDb(NAME);
});
afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

describe('calendar handlers', () => {
  it('saves an entry with its UTC time and plans its reminder alarm', async () => {
    const { entry } = await handlers().saveCalendarEntry({ entry: input }, page);
    expect(entry.scheduledAt).toBe(Date.UTC(2026, 2, 29, 19));
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((alarm) => [alarm.name, alarm.scheduledTime])).toEqual([
      [alarmName(entry.id, 'x', 'due'), entry.scheduledAt],
    ]);
    const { entries } = await handlers().listCalendar({ from: 0, to: Number.MAX_SAFE_INTEGER }, page);
    expect(entries).toHaveLength(1);
  });

  it('marks missed on wake the entries whose time passed while the browser was closed', async () => {
    const { entry } = await handlers().saveCalendarEntry({ entry: input }, page);
    now = entry.scheduledAt + 3 * 3_600_000;
    await rebuildCalendarAlarms(db, now);
    const { entries } = await handlers().listCalendar({ from: 0, to: Number.MAX_SAFE_INTEGER }, page);
    expect(entries[0]?.status).toBe('missed');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    now = Date.UTC(2026, 2, 29, 12);
  });

  it('imports all or nothing and counts updates', async () => {
    await expect(
      handlers().importCalendarEntries({ entries: [input, { ...input, id: 'keep' }] }, page),
    ).resolves.toEqual({ created: 2, updated: 0 });
    await expect(
      handlers().importCalendarEntries({ entries: [{ ...input, id: 'keep', title: 'New' }] }, page),
    ).resolves.toEqual({
      created: 0,
      updated: 1,
    });
  });

  it('hands the variant to the tab it opened, and marks published only from that tab', async () => {
    const { entry } = await handlers().saveCalendarEntry({ entry: input }, page);
    const tab = await fakeBrowser.tabs.create({ url: 'about:blank' });
    await pendingPublishItem.setValue({
      entryId: entry.id,
      network: 'x',
      expectedAccount: 'acme',
      text: 'Printemps 🌸',
      tabId: tab.id ?? 0,
      url: 'https://x.com/compose/post',
      createdAt: now,
    });
    const content = (tabId: number, network: Network = 'x'): HandlerContext => ({
      sender: 'content',
      tabId,
      windowId: 1,
      network,
    });
    await expect(handlers().claimPendingPublish({}, content(999))).resolves.toEqual({ pending: null });
    // Least privilege: the same tab, once on another network's page, is not told the planned post.
    await expect(handlers().claimPendingPublish({}, content(tab.id ?? 0, 'linkedin'))).resolves.toEqual({
      pending: null,
    });
    await expect(handlers().claimPendingPublish({}, content(tab.id ?? 0))).resolves.toEqual({
      pending: { entryId: entry.id, network: 'x', text: 'Printemps 🌸', expectedAccount: 'acme' },
    });
    await expect(handlers().markCalendarPublished({ entryId: entry.id, network: 'x' }, content(999))).rejects.toThrow();
    now += 60_000;
    await expect(
      handlers().markCalendarPublished({ entryId: entry.id, network: 'x' }, content(tab.id ?? 0)),
    ).resolves.toEqual({
      status: 'published',
    });
    const { entries } = await handlers().listCalendar({ from: 0, to: Number.MAX_SAFE_INTEGER }, page);
    expect(entries[0]).toMatchObject({ status: 'published', publishedAt: now, publishedOn: { x: now } });
    expect(await pendingPublishItem.getValue()).toBeNull();
    expect((await handlers().calendarHistory({}, page)).points).toEqual([{ network: 'x', at: now }]);
  });
});
