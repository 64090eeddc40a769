/**
 * Which reminders the calendar needs (pure: lib/calendar/alarms.ts turns them into browser alarms).
 * Alarm names carry the entry and the network so a woken worker needs no memory of them.
 */

import type { CalendarEntry } from '@/lib/calendar/entry';
import type { Network } from '@/lib/networks';
import { isNetwork } from '@/lib/networks';

export const ALARM_PREFIX = 'calendar:';
/** A reminder that fired this late after its time still shows (the browser was briefly asleep). */
export const LATE_REMINDER_MS = 10 * 60_000;
/** After a reminder, how long the user has to publish before the entry shows as missed. */
export const PUBLISH_GRACE_MS = 60 * 60_000;

export type ReminderKind = 'due' | 'lead';

export interface PlannedAlarm {
  name: string;
  when: number;
}

export function alarmName(entryId: string, network: Network, kind: ReminderKind): string {
  return `${ALARM_PREFIX}${kind}:${network}:${entryId}`;
}

export function parseAlarmName(name: string): { entryId: string; network: Network; kind: ReminderKind } | null {
  if (!name.startsWith(ALARM_PREFIX)) return null;
  const [kind, network, ...rest] = name.slice(ALARM_PREFIX.length).split(':');
  const entryId = rest.join(':');
  if ((kind !== 'due' && kind !== 'lead') || !isNetwork(network) || !entryId) return null;
  return { entryId, network, kind };
}

/** Networks of an entry still waiting to be posted. */
export function pendingNetworks(entry: CalendarEntry): Network[] {
  return entry.networks.filter((network) => entry.publishedOn[network] === undefined);
}

/** The alarms every scheduled entry in the future needs: one at its time, one `leadMinutes` before. */
export function planAlarms(entries: readonly CalendarEntry[], now: number, leadMinutes: number): PlannedAlarm[] {
  const planned: PlannedAlarm[] = [];
  for (const entry of entries) {
    if (entry.status !== 'scheduled') continue;
    for (const network of pendingNetworks(entry)) {
      if (entry.scheduledAt > now) planned.push({ name: alarmName(entry.id, network, 'due'), when: entry.scheduledAt });
      const lead = entry.scheduledAt - leadMinutes * 60_000;
      if (leadMinutes > 0 && lead > now) planned.push({ name: alarmName(entry.id, network, 'lead'), when: lead });
    }
  }
  return planned;
}

/**
 * Scheduled entries whose time passed without being posted: never reminded (the browser was
 * closed; a reminder only a few minutes late is still shown instead), or reminded more than the
 * grace period ago.
 */
export function findMissed(entries: readonly CalendarEntry[], now: number): CalendarEntry[] {
  return entries.filter((entry) => {
    if (entry.status !== 'scheduled' || entry.scheduledAt > now) return false;
    if (pendingNetworks(entry).length === 0) return false;
    const since = now - entry.scheduledAt;
    return entry.remindedAt === undefined ? since > LATE_REMINDER_MS : since > PUBLISH_GRACE_MS;
  });
}

/** Scheduled entries whose time just passed with no reminder yet: remind now rather than call them missed. */
export function findLateReminders(entries: readonly CalendarEntry[], now: number): CalendarEntry[] {
  return entries.filter(
    (entry) =>
      entry.status === 'scheduled' &&
      entry.remindedAt === undefined &&
      entry.scheduledAt <= now &&
      now - entry.scheduledAt <= LATE_REMINDER_MS,
  );
}

/** The next reminder after `now` among the entries, for the popup. */
export function nextReminder(
  entries: readonly CalendarEntry[],
  now: number,
  leadMinutes: number,
): { entry: CalendarEntry; network: Network; at: number } | null {
  let best: { entry: CalendarEntry; network: Network; at: number } | null = null;
  for (const { name, when } of planAlarms(entries, now, leadMinutes)) {
    const parsed = parseAlarmName(name);
    const entry = parsed && entries.find((candidate) => candidate.id === parsed.entryId);
    if (parsed && entry && (!best || when < best.at)) best = { entry, network: parsed.network, at: when };
  }
  return best;
}
