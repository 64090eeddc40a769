import type { DBSchema } from 'idb';
import type { AuditEvent } from '@/lib/audit/event';
import type { CalendarPost } from '@/lib/calendar/post';
import type { InboxItem } from '@/lib/inbox/item';

export const DB_NAME = 'cm-companion';

export interface CompanionDB extends DBSchema {
  inbox: {
    key: string;
    value: InboxItem;
    /** The filters' indexes were dropped in version 3: the background's in-memory index answers them. */
    indexes: {
      byKey: string;
      byPermalink: string;
      byStatus: string;
      byCapturedAt: number;
    };
  };
  posts: {
    key: string;
    value: CalendarPost;
    indexes: { byStatus: string; byScheduledAt: number };
  };
  events: {
    key: number;
    value: AuditEvent;
    indexes: { byType: string; byAt: number };
  };
}

export type StoreName = 'inbox' | 'posts' | 'events';
