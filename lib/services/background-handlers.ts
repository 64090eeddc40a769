import type { IDBPDatabase } from 'idb';
import { countCapturedSince, countWithStatus, listInbox, upsertCapture } from '../db/inbox-repo';
import { countScheduledBetween } from '../db/posts-repo';
import type { CompanionDB } from '../db/schema';
import type { Handlers } from '../messaging/handle';
import { bumpRevision } from './db-revision';

export interface ServiceDeps {
  db: () => Promise<IDBPDatabase<CompanionDB>>;
  now: () => number;
  newId: () => string;
  openSidePanel: (windowId: number | undefined) => Promise<void>;
}

/** The background's answers to every message of the protocol. No state is kept between calls. */
export function createHandlers(deps: ServiceDeps): Handlers {
  return {
    async pageHello(_data, context) {
      return { tabId: context.tabId };
    },
    async captureToInbox(capture) {
      const { item, created } = await upsertCapture(await deps.db(), capture, deps.now(), deps.newId);
      await Promise.all([bumpRevision('inbox'), created ? bumpRevision('events') : undefined]);
      return { id: item.id, created };
    },
    async listInbox({ limit }) {
      return { items: await listInbox(await deps.db(), limit) };
    },
    async todayStats({ dayStart, dayEnd }) {
      const db = await deps.db();
      const [capturedToday, newItems, scheduledToday] = await Promise.all([
        countCapturedSince(db, dayStart),
        countWithStatus(db, 'new'),
        countScheduledBetween(db, dayStart, dayEnd),
      ]);
      return { capturedToday, newItems, scheduledToday };
    },
    async openSidePanel({ windowId }, context) {
      await deps.openSidePanel(windowId ?? context.windowId ?? undefined);
      return { opened: true };
    },
  };
}
