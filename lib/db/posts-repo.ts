import type { IDBPDatabase } from 'idb';
import type { CompanionDB } from '@/lib/db/schema';

/** Calendar entries planned in [from, to). */
export function countScheduledBetween(db: IDBPDatabase<CompanionDB>, from: number, to: number): Promise<number> {
  return db.countFromIndex('posts', 'byScheduledAt', IDBKeyRange.bound(from, to, false, true));
}
