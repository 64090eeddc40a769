import type { IDBPDatabase } from 'idb';
import type { CompanionDB } from '@/lib/db/schema';

/** First release: the inbox, the calendar and the audit log, with the indexes the views query. */
export function migrate001Initial(db: IDBPDatabase<CompanionDB>): void {
  const inbox = db.createObjectStore('inbox', { keyPath: 'id' });
  inbox.createIndex('byKey', 'key', { unique: true });
  inbox.createIndex('byPermalink', 'permalink', { unique: true });
  // Dropped in version 3, so no longer in the schema's type.
  (inbox as unknown as IDBObjectStore).createIndex('byNetwork', 'network');
  inbox.createIndex('byStatus', 'status');
  inbox.createIndex('byCapturedAt', 'capturedAt');

  const posts = db.createObjectStore('posts', { keyPath: 'id' });
  posts.createIndex('byStatus', 'status');
  posts.createIndex('byScheduledAt', 'scheduledAt');

  const events = db.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
  events.createIndex('byType', 'type');
  events.createIndex('byAt', 'at');
}
