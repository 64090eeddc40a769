import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { CompanionDB } from '@/lib/db/schema';

/**
 * Inbox triage: indexes for the side panel's filters (tag, assignee, sentiment) and for the
 * response-time figures (answeredAt). Items without the field are simply absent from an index,
 * so existing items need no rewrite.
 */
export function migrate002InboxTriage(
  _db: IDBPDatabase<CompanionDB>,
  tx: IDBPTransaction<CompanionDB, StoreNames<CompanionDB>[], 'versionchange'>,
): void {
  // Dropped in version 3 (003-drop-replaced-indexes.ts), so no longer in the schema's type.
  const inbox = tx.objectStore('inbox') as unknown as IDBObjectStore;
  // multiEntry: one index entry per tag, so "items tagged X" is a key lookup.
  inbox.createIndex('byTag', 'tags', { multiEntry: true });
  inbox.createIndex('byAssignee', 'assignee');
  inbox.createIndex('bySentiment', 'sentiment');
  inbox.createIndex('byAnsweredAt', 'answeredAt');
}
