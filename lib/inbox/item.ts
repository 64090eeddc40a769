/**
 * An inbox item: a captured post or comment and its triage. The schema validates a capture
 * wherever it crosses a boundary (a message from a content script, an import); page text is kept
 * as plain strings, never HTML. Stored by lib/db (the repositories import this, never the reverse).
 */
import { z } from 'zod';
import { SENTIMENTS, suggestSentiment } from '@/lib/inbox/sentiment';
import { networkSchema } from '@/lib/network-schema';

/** Where an item is in the community manager's triage. */
export const INBOX_STATUSES = ['new', 'to-answer', 'answered', 'archived'] as const;
export { SENTIMENTS };

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
  /** Picked by the user as a notable conversation for the period's report ("Add to report"). */
  inReport?: boolean;
}

/** `network:postId`: the same post captured twice is one item. */
export function inboxKey(capture: Pick<InboxCapture, 'network' | 'postId'>): string {
  return `${capture.network}:${capture.postId}`;
}

/**
 * The item a capture makes: a new one, or the item already captured for the same post refreshed
 * with the page's latest text while the user's triage (status, tags, notes) is kept. The lexicon
 * suggests a sentiment until the user sets one; a re-capture re-reads the text.
 */
export function itemFromCapture(
  capture: InboxCapture,
  existing: InboxItem | undefined,
  now: number,
  newId: () => string,
): InboxItem {
  // The click time from the page, never later than the write (a wrong page clock cannot reorder the inbox).
  const capturedAt = Math.min(capture.capturedAt ?? now, now);
  const item: InboxItem = existing
    ? {
        ...existing,
        ...capture,
        postId: existing.postId,
        key: existing.key,
        capturedAt: existing.capturedAt,
        updatedAt: now,
      }
    : { ...capture, id: newId(), key: inboxKey(capture), capturedAt, updatedAt: now, status: 'new', tags: [] };
  if (item.sentimentSource !== 'user') {
    item.sentiment = suggestSentiment(item.text).sentiment;
    item.sentimentSource = 'suggested';
  }
  return item;
}
