import { markMissed, rebuildCalendarAlarms, startPublish } from '@/lib/background/calendar-alarms';
import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { buildEntry, type CalendarEntry } from '@/lib/calendar/entry';
import { pendingPublishItem, readPendingPublish } from '@/lib/calendar/pending-publish-store';
import { nextReminder, pendingNetworks } from '@/lib/calendar/reminders';
import { readCalendarSettings } from '@/lib/calendar/settings-store';
import { deleteEntry, getEntry, listEntriesBetween, listEntriesWithStatus, putEntries } from '@/lib/db/calendar-repo';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { calendarMessages } from '@/lib/messaging/messages/calendar';
import { bumpRevision } from '@/lib/storage/db-revision';

const WEEK = 7 * 86_400_000;

/** The background's answers to the calendar messages. Every write re-plans the reminders. */
export function calendarHandlers(deps: ServiceDeps): FeatureHandlers<typeof calendarMessages> {
  const written = async (ids: readonly string[] = []) => {
    void deps.team?.changed('calendar', ids).catch(() => undefined);
    await bumpRevision('posts');
    await rebuildCalendarAlarms(await deps.db(), deps.now());
  };
  return {
    async listCalendar({ from, to }) {
      const db = await deps.db();
      await markMissed(db, deps.now());
      return { entries: await listEntriesBetween(db, from, to) };
    },
    async saveCalendarEntry({ entry: input }) {
      const db = await deps.db();
      const previous = input.id ? await getEntry(db, input.id) : null;
      const entry = buildEntry(input, deps.now(), deps.newId, previous ?? undefined);
      await putEntries(db, [entry]);
      await written([entry.id]);
      return { entry };
    },
    async deleteCalendarEntry({ id }) {
      const deleted = await deleteEntry(await deps.db(), id);
      if (deleted) await written([id]);
      return { deleted };
    },
    async importCalendarEntries({ entries: inputs }) {
      const db = await deps.db();
      const now = deps.now();
      let updated = 0;
      const entries: CalendarEntry[] = [];
      for (const input of inputs) {
        const previous = input.id ? await getEntry(db, input.id) : null;
        if (previous) updated++;
        entries.push(buildEntry(input, now, deps.newId, previous ?? undefined));
      }
      await putEntries(db, entries);
      await written(entries.map((entry) => entry.id));
      return { created: entries.length - updated, updated };
    },
    async publishCalendarEntry({ id, network }) {
      return startPublish(await deps.db(), id, network, deps.now());
    },
    async calendarAgenda({ dayStart, dayEnd }) {
      const db = await deps.db();
      const now = deps.now();
      await markMissed(db, now);
      const { reminderLeadMinutes } = await readCalendarSettings();
      const next = nextReminder(await listEntriesBetween(db, now, now + WEEK), now, reminderLeadMinutes);
      return {
        entries: await listEntriesBetween(db, dayStart, dayEnd),
        next: next && { id: next.entry.id, title: next.entry.title, network: next.network, at: next.at },
      };
    },
    async calendarHistory() {
      const db = await deps.db();
      const published = await listEntriesWithStatus(db, 'published');
      const points = published.flatMap((entry) =>
        Object.entries(entry.publishedOn).map(
          ([network, at]) => ({ network, at }) as { network: CalendarEntry['networks'][number]; at: number },
        ),
      );
      for (const item of await db.getAll('inbox')) {
        if (item.answeredAt !== undefined) points.push({ network: item.network, at: item.answeredAt });
      }
      return { points };
    },
    async claimPendingPublish(_data, context) {
      let pending = await readPendingPublish(deps.now());
      // The tab's id is written just after the tab is created: a fast page may ask first.
      for (let wait = 0; pending && pending.tabId === null && wait < 20; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        pending = await readPendingPublish(deps.now());
      }
      if (!pending || pending.tabId === null || pending.tabId !== context.tabId) return { pending: null };
      // Least privilege: a page never reads a post planned for another network.
      if (pending.network !== context.network) return { pending: null };
      const { entryId, network, text, expectedAccount } = pending;
      return { pending: { entryId, network, text, expectedAccount } };
    },
    async markCalendarPublished({ entryId, network }, context) {
      const pending = await readPendingPublish(deps.now());
      if (!pending || pending.entryId !== entryId || pending.network !== network || pending.tabId !== context.tabId) {
        throw new Error('no planned post waits in this tab');
      }
      const db = await deps.db();
      const entry = await getEntry(db, entryId);
      if (!entry) throw new Error(`no calendar entry ${entryId}`);
      const at = deps.now();
      const publishedOn = { ...entry.publishedOn, [network]: at };
      const done = { ...entry, publishedOn };
      const status = pendingNetworks(done).length === 0 ? 'published' : entry.status;
      await putEntries(db, [{ ...done, status, publishedAt: at, updatedAt: at }]);
      await db.add('events', { at, type: 'publish', network, data: { entryId } });
      await pendingPublishItem.setValue(null);
      await Promise.all([bumpRevision('events'), written([entryId])]);
      return { status };
    },
  };
}
