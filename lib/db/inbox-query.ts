/**
 * Reading the inbox for the side panel at any size: the query's matching ids in order come from
 * the background's in-memory index (lib/db/inbox-index-cache.ts), then only the window of items on
 * screen is read here. (Measured in Chromium at 100,000 items: paging with cursor.advance costs
 * seconds deep in the list; a window by ids, tens of milliseconds.)
 */
import type { IDBPDatabase } from 'idb';
import type { CompanionDB } from '@/lib/db/schema';
import type { InboxItem } from '@/lib/inbox/item';
import { type InboxQuery, inboxQuerySchema, isUnfiltered, itemComparator, itemMatcher } from '@/lib/inbox/query';

type DB = IDBPDatabase<CompanionDB>;

/**
 * The fewest items that can match, read through the most selective index the store keeps (one
 * status, a capture period); the predicate then checks every filter anyway. The other filters have
 * no index since version 3 (the side panel's queries go through the in-memory index): these reads
 * serve the CSV export and the opinion map only.
 */
async function candidates(db: DB, query: InboxQuery): Promise<InboxItem[]> {
  if (query.statuses?.length === 1 && query.statuses[0]) {
    return db.getAllFromIndex('inbox', 'byStatus', query.statuses[0]);
  }
  if (query.from !== undefined || query.to !== undefined) {
    const range =
      query.from !== undefined && query.to !== undefined
        ? IDBKeyRange.bound(query.from, query.to, false, true)
        : query.from !== undefined
          ? IDBKeyRange.lowerBound(query.from)
          : IDBKeyRange.upperBound(query.to, true);
    return db.getAllFromIndex('inbox', 'byCapturedAt', range);
  }
  return db.getAll('inbox');
}

/** Every item matching the query, sorted. */
export async function queryInboxItems(db: DB, query: InboxQuery): Promise<InboxItem[]> {
  const parsed = inboxQuerySchema.parse(query);
  return (await candidates(db, parsed)).filter(itemMatcher(parsed)).sort(itemComparator(parsed.sort));
}

/** Items by id, in the order asked; ids deleted meanwhile are skipped. */
export async function getInboxItems(db: DB, ids: readonly string[]): Promise<InboxItem[]> {
  const store = db.transaction('inbox').store;
  const items = await Promise.all(ids.map((id) => store.get(id)));
  return items.filter((item): item is InboxItem => item !== undefined);
}

/**
 * The first window of the default views (no filter but statuses, sorted by capture time) without
 * a scan, read from the capture-time index. It is not counted: Chromium counts an index by walking
 * it (a second at 100,000 items), so the total comes later, from the in-memory index. Gives up
 * (null) when too many rows must be skipped, e.g. an inbox that is mostly archived.
 */
export async function firstWindow(db: DB, query: InboxQuery, limit: number): Promise<InboxItem[] | null> {
  const sort = query.sort ?? 'newest';
  if (!isUnfiltered({ ...query, statuses: undefined }) || (sort !== 'newest' && sort !== 'oldest')) return null;
  const statuses = query.statuses?.length ? new Set(query.statuses) : null;
  const tx = db.transaction('inbox');
  const items: InboxItem[] = [];
  let visited = 0;
  let cursor = await tx.store.index('byCapturedAt').openCursor(null, sort === 'newest' ? 'prev' : 'next');
  while (cursor && items.length < limit) {
    if (++visited > limit * 5 + 500) return null;
    if (!statuses || statuses.has(cursor.value.status)) items.push(cursor.value);
    cursor = await cursor.continue();
  }
  return items;
}
