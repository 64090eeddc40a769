/**
 * The calendar's reads and writes on the `posts` store. What is read back is validated into
 * CalendarEntry (older or damaged records are skipped, not thrown at the views).
 */
import type { IDBPDatabase } from 'idb';
import { type CalendarEntry, readEntry } from '@/lib/calendar/entry';
import type { CompanionDB } from '@/lib/db/schema';

const valid = (values: readonly unknown[]) => values.map(readEntry).filter((entry): entry is CalendarEntry => !!entry);

/** Entries planned in [from, to), by time. */
export async function listEntriesBetween(
  db: IDBPDatabase<CompanionDB>,
  from: number,
  to: number,
): Promise<CalendarEntry[]> {
  return valid(await db.getAllFromIndex('posts', 'byScheduledAt', IDBKeyRange.bound(from, to, false, true)));
}

/** Entries with one status (e.g. every scheduled entry, to rebuild the alarms). */
export async function listEntriesWithStatus(
  db: IDBPDatabase<CompanionDB>,
  status: CalendarEntry['status'],
): Promise<CalendarEntry[]> {
  return valid(await db.getAllFromIndex('posts', 'byStatus', status));
}

export async function getEntry(db: IDBPDatabase<CompanionDB>, id: string): Promise<CalendarEntry | null> {
  return readEntry(await db.get('posts', id));
}

/** Writes entries in one transaction: all of them or none. */
export async function putEntries(db: IDBPDatabase<CompanionDB>, entries: readonly CalendarEntry[]): Promise<void> {
  const tx = db.transaction('posts', 'readwrite');
  await Promise.all([...entries.map((entry) => tx.store.put(entry)), tx.done]);
}

export async function deleteEntry(db: IDBPDatabase<CompanionDB>, id: string): Promise<boolean> {
  const tx = db.transaction('posts', 'readwrite');
  const found = (await tx.store.getKey(id)) !== undefined;
  if (found) await tx.store.delete(id);
  await tx.done;
  return found;
}
