import { z } from 'zod';
import { INBOX_STATUSES, inboxCaptureSchema, SENTIMENTS } from '@/lib/inbox/item';
import { inboxQuerySchema } from '@/lib/inbox/query';
import type { MessageSpecs } from '@/lib/messaging/messages/spec';

const itemId = z.string().min(1).max(200);
const tag = z.string().trim().min(1).max(100);

/** What the side panel may change on items (one or many at once). */
export const inboxPatchSchema = z.object({
  status: z.enum(INBOX_STATUSES).optional(),
  tags: z.array(tag).max(50).optional(),
  addTags: z.array(tag).max(50).optional(),
  removeTags: z.array(tag).max(50).optional(),
  assignee: z.string().max(200).optional(),
  notes: z.string().max(20_000).optional(),
  sentiment: z.enum(SENTIMENTS).optional(),
  inReport: z.boolean().optional(),
});

export const inboxMessages = {
  /** Puts a post or comment into the inbox (idempotent: the same post updates one item). */
  captureToInbox: {
    from: ['content', 'page'],
    request: inboxCaptureSchema,
    response: z.object({ id: z.string(), created: z.boolean() }),
  },
  /** The newest inbox items. */
  listInbox: {
    from: ['page'],
    request: z.object({ limit: z.number().int().min(1).max(1000) }),
    response: z.object({ items: z.array(z.any()) }),
  },
  /** One window of the filtered, sorted inbox and how many items match in all. */
  queryInbox: {
    from: ['page'],
    request: z.object({
      query: inboxQuerySchema,
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(500),
    }),
    // counted: false — the first window of a just-started worker: `total` is only the rows sent.
    response: z.object({ total: z.number(), items: z.array(z.any()), counted: z.boolean().optional() }),
  },
  /** The ids of every item the query matches, in order (for "select all" and bulk actions). */
  queryInboxIds: {
    from: ['page'],
    request: z.object({ query: inboxQuerySchema }),
    response: z.object({ ids: z.array(z.string()) }),
  },
  /** Items by id (the open detail re-reads its item after each change). */
  getInboxItems: {
    from: ['page'],
    request: z.object({ ids: z.array(itemId).max(500) }),
    response: z.object({ items: z.array(z.any()) }),
  },
  /** The tags and assignees in use, for the filter menus. */
  inboxFacets: {
    from: ['page'],
    request: z.object({}),
    response: z.object({ tags: z.array(z.string()), assignees: z.array(z.string()) }),
  },
  /** Triage of one or many items: status, tags, assignee, notes, sentiment. */
  updateInboxItems: {
    from: ['page'],
    request: z.object({ ids: z.array(itemId).min(1).max(200_000), patch: inboxPatchSchema }),
    response: z.object({ changed: z.number() }),
  },
  /**
   * The reply was sent: the item becomes answered and its response time is recorded. `id` is the
   * item's id, or its `network:postId` key when the site layer sees the user's reply sent.
   */
  markInboxAnswered: {
    from: ['page', 'content'],
    request: z.object({ id: itemId, via: z.enum(['panel', 'page']).default('panel') }),
    response: z.object({ responseMs: z.number(), already: z.boolean() }),
  },
  /** "Reply": opens the post (or focuses the tab that shows it) and notes that a reply started. */
  startInboxReply: {
    from: ['page'],
    request: z.object({ id: itemId }),
    response: z.object({ tabId: z.number().nullable(), reused: z.boolean() }),
  },
  /** The post's tab asks whether the inbox sent it to answer an item (see lib/inbox/pending-reply.ts). */
  claimPendingReply: {
    from: ['content'],
    request: z.object({}),
    response: z.object({ postId: z.string().nullable(), text: z.string().nullable().optional() }),
  },
  /** "Take it private": notes that the conversation moved to private messages. */
  takeInboxPrivate: {
    from: ['page'],
    request: z.object({ id: itemId }),
    response: z.object({ movedToPrivateAt: z.number() }),
  },
  /** Topics × sentiment over a period (the opinion map). */
  inboxOpinionMap: {
    from: ['page'],
    request: z.object({ from: z.number(), to: z.number(), limit: z.number().int().min(1).max(50).default(12) }),
    response: z.object({ total: z.number(), counts: z.record(z.string(), z.number()), topics: z.array(z.any()) }),
  },
  /** The filtered inbox as a CSV file's text (UTF-8 with BOM). */
  exportInboxCsv: {
    from: ['page'],
    request: z.object({ query: inboxQuerySchema }),
    response: z.object({ csv: z.string(), count: z.number(), fileName: z.string() }),
  },
} as const satisfies MessageSpecs;
