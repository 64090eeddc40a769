/**
 * Records kept in IndexedDB, with the schemas that validate them wherever they cross a boundary
 * (a message from a content script, an import). Page text is stored as plain strings, never HTML.
 */
import { z } from 'zod';
import { NETWORKS } from '@/lib/networks';

export const networkSchema = z.enum(NETWORKS);

export const INBOX_STATUSES = ['new', 'to-answer', 'answered', 'archived'] as const;
export const SENTIMENTS = ['positive', 'neutral', 'negative', 'question', 'complaint'] as const;

const text = (max: number) => z.string().max(max);
/** Only web addresses: a `javascript:` or `data:` link from a page must never become a link in our views. */
const webUrl = () => z.url({ protocol: /^https?$/ }).max(2000);

/** What a content script sends when the user captures a post or comment. */
export const inboxCaptureSchema = z.object({
  network: networkSchema,
  postId: text(500).min(1),
  permalink: webUrl(),
  authorName: text(500),
  authorHandle: text(500),
  authorUrl: z.union([webUrl(), z.literal('')]),
  text: text(100_000),
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  pageUrl: webUrl(),
  capturedAs: text(500).optional(),
  inReplyTo: text(2000).optional(),
  kind: z.enum(['post', 'reply', 'comment']).default('post'),
  /** When the user clicked (ms): a capture retried while the worker was stopped keeps its moment. */
  capturedAt: z.number().int().positive().optional(),
});
export type InboxCapture = z.infer<typeof inboxCaptureSchema>;

export interface InboxItem extends InboxCapture {
  id: string;
  /** `network:postId`, unique: the same post captured twice is one item. */
  key: string;
  capturedAt: number;
  updatedAt: number;
  status: (typeof INBOX_STATUSES)[number];
  tags: string[];
  sentiment?: (typeof SENTIMENTS)[number];
  assignee?: string;
  notes?: string;
  answeredAt?: number;
  /** Who set the sentiment: the lexicon's suggestion, or the user's correction (kept on re-capture). */
  sentimentSource?: 'suggested' | 'user';
  /** When "Reply" was last used on this item. */
  replyStartedAt?: number;
  /** When the conversation was moved to a private channel ("take it private"). */
  movedToPrivateAt?: number;
}

export const POST_STATUSES = ['idea', 'draft', 'scheduled', 'published', 'missed'] as const;

export interface NetworkVariant {
  /** Undefined: inherits the base text. */
  text?: string;
  account?: string;
}

/** A calendar entry: wall-clock time plus an IANA zone, so daylight saving never moves a post. */
export interface CalendarPost {
  id: string;
  title: string;
  text: string;
  networks: (typeof NETWORKS)[number][];
  variants: Partial<Record<(typeof NETWORKS)[number], NetworkVariant>>;
  localDateTime: string;
  timeZone: string;
  /** UTC milliseconds derived from localDateTime + timeZone, for indexing and alarms. */
  scheduledAt: number;
  status: (typeof POST_STATUSES)[number];
  labels: string[];
  createdAt: number;
  updatedAt: number;
  publishedAt?: number;
}

export const EVENT_TYPES = [
  'capture',
  'guard-warning',
  'guard-decision',
  'template-use',
  'reply',
  'reply-start',
  'private',
  'publish',
] as const;

/** The audit log: what happened, when, on which network; the KPIs are computed from it. */
export interface AuditEvent {
  id?: number;
  at: number;
  type: (typeof EVENT_TYPES)[number];
  network?: (typeof NETWORKS)[number];
  data: Record<string, unknown>;
}
