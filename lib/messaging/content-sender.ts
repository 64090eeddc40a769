/**
 * For content scripts: sends one typed message to the background and validates the answer with
 * small zod/mini schemas (the content bundle never loads the whole protocol). Only the messages a
 * content script may send are offered; the conventions test checks there is one schema for each.
 */
import { z } from 'zod/mini';
import type { MessageType, Protocol, RequestOf, ResponseOf } from '@/lib/messaging/protocol';
import { type ResultCheck, requestBackground } from '@/lib/messaging/request';
import { NETWORKS } from '@/lib/networks';

/** The messages whose `from` includes content scripts. */
export type ContentSent = {
  [K in MessageType]: 'content' extends Protocol[K]['from'][number] ? K : never;
}[MessageType];

const network = z.enum(NETWORKS);

/** The answers content scripts read, declared for each message they may send. */
export const contentSentResponses: { [K in ContentSent]: ResultCheck<ResponseOf<K>> } = {
  pageHello: z.object({ tabId: z.nullable(z.number()) }),
  i18nCatalog: z.record(
    z.string(),
    z.object({
      message: z.string(),
      placeholders: z.optional(z.record(z.string(), z.object({ content: z.string() }))),
    }),
  ),
  captureToInbox: z.object({ id: z.string(), created: z.boolean() }),
  markInboxAnswered: z.object({ responseMs: z.number(), already: z.boolean() }),
  claimPendingReply: z.object({ postId: z.nullable(z.string()), text: z.optional(z.nullable(z.string())) }),
  templateUsed: z.object({ useCount: z.number().check(z.int()) }),
  loadTemplatePicker: z.object({ loaded: z.boolean() }),
  reportActiveAccount: z.object({ registered: z.boolean() }),
  registerActiveAccount: z.object({ outcome: z.enum(['saved', 'duplicate']) }),
  recordGuardEvent: z.object({ id: z.number() }),
  claimPendingPublish: z.object({
    pending: z.nullable(z.object({ entryId: z.string(), network, text: z.string(), expectedAccount: z.string() })),
  }),
  markCalendarPublished: z.object({ status: z.string() }),
  saveIdea: z.object({ id: z.string(), title: z.string() }),
  recordFollowerSample: z.object({
    recorded: z.boolean(),
    reason: z.enum(['recorded', 'already-today', 'not-brand']),
  }),
};

export function sendToBackground<T extends ContentSent>(type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
  return requestBackground(type, data, contentSentResponses[type] as ResultCheck<ResponseOf<T>>);
}
