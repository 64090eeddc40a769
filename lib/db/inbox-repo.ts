import type { IDBPDatabase } from 'idb';
import type { CompanionDB } from '@/lib/db/schema';
import { type InboxCapture, type InboxItem, inboxKey, itemFromCapture } from '@/lib/inbox/item';

type DB = IDBPDatabase<CompanionDB>;

/**
 * Stores a capture, or refreshes the item already captured for the same post (same network and
 * id, or same permalink; see itemFromCapture). The item and its audit event are written in one
 * transaction, so a retried capture never doubles.
 */
export async function upsertCapture(
  db: DB,
  capture: InboxCapture,
  now: number,
  newId: () => string,
): Promise<{ item: InboxItem; created: boolean }> {
  const tx = db.transaction(['inbox', 'events'], 'readwrite');
  const inbox = tx.objectStore('inbox');
  const existing =
    (await inbox.index('byKey').get(inboxKey(capture))) ?? (await inbox.index('byPermalink').get(capture.permalink));
  const item = itemFromCapture(capture, existing, now, newId);
  await inbox.put(item);
  if (!existing) {
    await tx.objectStore('events').add({
      at: now,
      type: 'capture',
      network: capture.network,
      data: { itemId: item.id },
    });
  }
  await tx.done;
  return { item, created: !existing };
}

/** The newest captures first. */
export async function listInbox(db: DB, limit: number): Promise<InboxItem[]> {
  const items: InboxItem[] = [];
  let cursor = await db.transaction('inbox').store.index('byCapturedAt').openCursor(null, 'prev');
  while (cursor && items.length < limit) {
    items.push(cursor.value);
    cursor = await cursor.continue();
  }
  return items;
}

export function countCapturedSince(db: DB, since: number): Promise<number> {
  return db.countFromIndex('inbox', 'byCapturedAt', IDBKeyRange.lowerBound(since));
}

export function countWithStatus(db: DB, status: InboxItem['status']): Promise<number> {
  return db.countFromIndex('inbox', 'byStatus', status);
}
