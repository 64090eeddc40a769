import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { CompanionDB } from '@/lib/db/schema';

/**
 * The inbox indexes no reader uses any more: the side panel's filters (network, tag, assignee,
 * sentiment) are answered by the background's in-memory index (lib/inbox/inbox-index.ts), and the
 * response-time figures read the items captured in the period, not `byAnsweredAt`. Every put kept
 * them up to date all the same: a bulk change of 10,000 items rewrote their entries 10,000 times.
 * Records are untouched (dropping an index deletes only its entries). Kept: `byKey` and
 * `byPermalink` (a capture's dedup, team sync), `byCapturedAt` (the cold first window, reports,
 * crisis) and `byStatus` (the toolbar badge and the popup count "new" items without the index).
 */
export const DROPPED_INBOX_INDEXES = ['byNetwork', 'byTag', 'byAssignee', 'bySentiment', 'byAnsweredAt'] as const;

export function migrate003DropReplacedIndexes(
  _db: IDBPDatabase<CompanionDB>,
  tx: IDBPTransaction<CompanionDB, StoreNames<CompanionDB>[], 'versionchange'>,
): void {
  const inbox = tx.objectStore('inbox');
  // The schema's type no longer names them: they are plain strings here.
  const names: DOMStringList = inbox.indexNames;
  for (const name of DROPPED_INBOX_INDEXES) if (names.contains(name)) inbox.deleteIndex(name);
}
