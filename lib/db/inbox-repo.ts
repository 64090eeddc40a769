import type { IDBPDatabase } from 'idb';
import type { InboxCapture, InboxItem } from '@/lib/db/records';
import type { CompanionDB } from '@/lib/db/schema';
import { suggestSentiment } from '@/lib/inbox/sentiment';

type DB = IDBPDatabase<CompanionDB>;

export function inboxKey(capture: Pick<InboxCapture, 'network' | 'postId'>): string {
  return `${capture.network}:${capture.postId}`;
}

/**
 * Stores a capture, or refreshes the item already captured for the same post (same network and
 * id, or same permalink). The user's triage (status, tags, notes) is kept on a refresh. The item
 * and its audit event are written in one transaction, so a retried capture never doubles.
 */
export async function upsertCapture(
  db: DB,
  capture: InboxCapture,
  now: number,
  newId: () => string,
): Promise<{ item: InboxItem; created: boolean }> {
  const tx = db.transaction(['inbox', 'events'], 'readwrite');
  const inbox = tx.objectStore('inbox');
  const key = inboxKey(capture);
  const existing = (await inbox.index('byKey').get(key)) ?? (await inbox.index('byPermalink').get(capture.permalink));
  // The click time from the page, never later than the write (a wrong page clock cannot reorder the inbox).
  const capturedAt = Math.min(capture.capturedAt ?? now, now);
  const item: InboxItem = existing
    ? {
        ...existing,
        ...capture,
        postId: existing.postId,
        key: existing.key,
        capturedAt: existing.capturedAt,
        updatedAt: now,
      }
    : { ...capture, id: newId(), key, capturedAt, updatedAt: now, status: 'new', tags: [] };
  // The lexicon suggests a sentiment until the user sets one; a re-capture re-reads the text.
  if (item.sentimentSource !== 'user') {
    item.sentiment = suggestSentiment(item.text).sentiment;
    item.sentimentSource = 'suggested';
  }
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
