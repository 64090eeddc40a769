/**
 * Reminders through browser.alarms and notifications. The worker keeps nothing in memory: every
 * start and wake rebuilds the alarms from the stored entries (and marks missed the entries whose
 * time passed while the browser was closed); an alarm's name says which entry and network it is for.
 */
import type { IDBPDatabase } from 'idb';
import { browser } from '@/lib/browser';
import { composerUrl } from '@/lib/calendar/composer-urls';
import { accountFor, type CalendarEntry, variantText } from '@/lib/calendar/entry';
import { pendingPublishItem } from '@/lib/calendar/pending-publish-store';
import {
  ALARM_PREFIX,
  alarmName,
  findLateReminders,
  findMissed,
  parseAlarmName,
  pendingNetworks,
  planAlarms,
  type ReminderKind,
} from '@/lib/calendar/reminders';
import { readCalendarSettings } from '@/lib/calendar/settings-store';
import { type Clock, now as clockNow, toPlatformTime } from '@/lib/clock';
import { isHeld } from '@/lib/crisis/mode';
import { readCrisisMode } from '@/lib/crisis/store';
import { getEntry, listEntriesWithStatus, putEntries } from '@/lib/db/calendar-repo';
import type { CompanionDB } from '@/lib/db/schema';
import { type MessageKey, resolveLocale, translate } from '@/lib/i18n';
import { NETWORK_NAMES, type Network } from '@/lib/networks';
import { readSettings } from '@/lib/settings/store';
import { bumpRevision } from '@/lib/storage/db-revision';

type Db = IDBPDatabase<CompanionDB>;

/** The scheduled entries crisis mode does not hold: the only ones reminded, handed over or marked missed. */
async function scheduledNotHeld(db: Db): Promise<CalendarEntry[]> {
  const [scheduled, crisis] = await Promise.all([listEntriesWithStatus(db, 'scheduled'), readCrisisMode()]);
  return scheduled.filter((entry) => !isHeld(crisis, entry));
}

/** Marks missed every scheduled entry whose time passed unposted (see findMissed). Returns how many. */
export async function markMissed(db: Db, now: number): Promise<number> {
  const missed = findMissed(await scheduledNotHeld(db), now).map((entry) => ({
    ...entry,
    status: 'missed' as const,
    updatedAt: now,
  }));
  if (missed.length > 0) {
    await putEntries(db, missed);
    await bumpRevision('posts');
  }
  return missed.length;
}

/** Re-plans every calendar alarm from the stored entries; late reminders are shown now. */
export async function rebuildCalendarAlarms(db: Db, now: number): Promise<void> {
  await markMissed(db, now);
  const scheduled = await scheduledNotHeld(db);
  for (const entry of findLateReminders(scheduled, now)) {
    for (const network of pendingNetworks(entry)) await remind(db, entry.id, network, 'due', now);
  }
  const { reminderLeadMinutes } = await readCalendarSettings();
  // Alarms fire on the platform's clock, which the test build shifts from the extension's.
  const planned = new Map(
    planAlarms(scheduled, now, reminderLeadMinutes).map((alarm) => [alarm.name, toPlatformTime(alarm.when)]),
  );
  const existing = (await browser.alarms.getAll()).filter((alarm) => alarm.name.startsWith(ALARM_PREFIX));
  for (const alarm of existing) {
    if (planned.get(alarm.name) !== alarm.scheduledTime) await browser.alarms.clear(alarm.name);
  }
  const kept = new Set(existing.filter((alarm) => planned.get(alarm.name) === alarm.scheduledTime).map((a) => a.name));
  for (const [name, when] of planned) {
    if (!kept.has(name)) await browser.alarms.create(name, { when });
  }
}

async function translator() {
  const settings = await readSettings();
  const locale = resolveLocale(settings.language, browser.i18n.getUILanguage());
  return { t: (key: MessageKey, subs?: string[]) => translate(locale, key, subs), settings };
}

/** "Post on LinkedIn as @acme: <title>", the reminder's title. */
export function reminderTitle(
  t: (key: MessageKey, subs?: string[]) => string,
  entry: CalendarEntry,
  network: Network,
  kind: ReminderKind,
  leadMinutes: number,
): string {
  const account = accountFor(entry, network);
  const title = account
    ? t('calendarNotifyAs', [NETWORK_NAMES[network], account, entry.title])
    : t('calendarNotify', [NETWORK_NAMES[network], entry.title]);
  return kind === 'lead' ? t('calendarNotifyLead', [String(leadMinutes), title]) : title;
}

/** Shows the reminder of one entry on one network (and notes that it fired). */
export async function remind(
  db: Db,
  entryId: string,
  network: Network,
  kind: ReminderKind,
  now: number,
): Promise<void> {
  const entry = await getEntry(db, entryId);
  if (entry?.status !== 'scheduled' || entry.publishedOn[network] !== undefined) return;
  if (isHeld(await readCrisisMode(), entry)) return;
  if (kind === 'due') {
    await putEntries(db, [{ ...entry, remindedAt: now }]);
    await bumpRevision('posts');
  }
  const { t } = await translator();
  const { reminderLeadMinutes } = await readCalendarSettings();
  await browser.notifications
    .create(alarmName(entry.id, network, 'due'), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: reminderTitle(t, entry, network, kind, reminderLeadMinutes),
      message: variantText(entry, network).slice(0, 300) || t('calendarNotifyOpen'),
      contextMessage: t('calendarNotifyOpen'),
      priority: 2,
    })
    .catch((error: unknown) => console.warn('CM Companion: calendar notification failed', error));
}

/**
 * Opens the network's composer for a planned post and leaves the hand-over for the page (the
 * publish content feature fills it; the guard checks the account). The hand-over is written
 * before the tab exists and completed with its id right after (see claimPendingPublish).
 */
export async function startPublish(db: Db, entryId: string, network: Network, now: number) {
  const entry = await getEntry(db, entryId);
  if (!entry) throw new Error(`no calendar entry ${entryId}`);
  // Held by crisis mode: nothing leaves until the user resumes it.
  if (isHeld(await readCrisisMode(), entry)) throw new Error('crisis-held');
  const { settings } = await translator();
  const url = composerUrl(network, settings.mastodonInstances[0]);
  if (!url) return { tabId: null, url: null };
  const pending = {
    entryId,
    network,
    expectedAccount: accountFor(entry, network),
    text: variantText(entry, network),
    tabId: null,
    url,
    createdAt: now,
  };
  await pendingPublishItem.setValue(pending);
  const tab = await browser.tabs.create({ url, active: true });
  const tabId = tab.id ?? null;
  await pendingPublishItem.setValue({ ...pending, tabId });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
  return { tabId, url };
}

/**
 * Wires alarms, notification clicks and browser start to the calendar, and rebuilds the alarms
 * now: called once each time the worker starts (which is every wake).
 */
export function setupCalendarAlarms(db: () => Promise<Db>, now: Clock = clockNow): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    const parsed = parseAlarmName(alarm.name);
    if (parsed) void db().then((open) => remind(open, parsed.entryId, parsed.network, parsed.kind, now()));
  });
  browser.notifications.onClicked.addListener((id) => {
    const parsed = parseAlarmName(id);
    if (!parsed) return;
    void browser.notifications.clear(id);
    void db().then((open) => startPublish(open, parsed.entryId, parsed.network, now()));
  });
  browser.runtime.onStartup.addListener(() => void db().then((open) => rebuildCalendarAlarms(open, now())));
  void db()
    .then((open) => rebuildCalendarAlarms(open, now()))
    .catch((error: unknown) => console.warn('CM Companion: calendar alarms not rebuilt', error));
}
