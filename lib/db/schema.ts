import type { DBSchema } from 'idb';
import type { AuditEvent } from '@/lib/audit/event';
import type { CalendarPost } from '@/lib/calendar/post';
import type { InboxItem } from '@/lib/inbox/item';

export const DB_NAME = 'cm-companion';

export interface CompanionDB extends DBSchema {
  inbox: {
    key: string;
    value: InboxItem;
    indexes: {
      byKey: string;
      byPermalink: string;
      byNetwork: string;
      byStatus: string;
      byCapturedAt: number;
      byTag: string;
      byAssignee: string;
      bySentiment: string;
      byAnsweredAt: number;
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
