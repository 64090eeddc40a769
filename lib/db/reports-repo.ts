/** What the reports read from IndexedDB for a range: one read per store, through its time index. */
import type { IDBPDatabase } from 'idb';
import { listEntriesBetween } from '@/lib/db/calendar-repo';
import type { CompanionDB } from '@/lib/db/schema';
import type { ReportDataset } from '@/lib/reports/dataset';

/** Items captured, entries planned and events logged in [from, to). */
export async function loadReportDataset(
  db: IDBPDatabase<CompanionDB>,
  from: number,
  to: number,
): Promise<ReportDataset> {
  const range = IDBKeyRange.bound(from, to, false, true);
  const [items, posts, events] = await Promise.all([
    db.getAllFromIndex('inbox', 'byCapturedAt', range),
    listEntriesBetween(db, from, to),
    db.getAllFromIndex('events', 'byAt', range),
  ]);
  return { items, posts, events };
}
