/**
 * For content scripts: sends one typed message to the background and validates the answer with
 * small schemas (lib/validation/small-schema.ts: the content bundle loads neither zod nor the whole protocol). Only the messages a
 * content script may send are offered; the conventions test checks there is one schema for each.
 */
import type { MessageType, Protocol, RequestOf, ResponseOf } from '@/lib/messaging/protocol';
import { type ResultCheck, requestBackground } from '@/lib/messaging/request';
import { NETWORK_IDS } from '@/lib/network-ids';
import {
  anything,
  array,
  boolean,
  nullable,
  number,
  object,
  oneOf,
  optional,
  primitive,
  record,
  string,
} from '@/lib/validation/small-schema';

/** The messages whose `from` includes content scripts. */
export type ContentSent = {
  [K in MessageType]: 'content' extends Protocol[K]['from'][number] ? K : never;
}[MessageType];

const network = oneOf(NETWORK_IDS);

/** The answers content scripts read, declared for each message they may send. */
export const contentSentResponses: { [K in ContentSent]: ResultCheck<ResponseOf<K>> } = {
  pageHello: object({ tabId: nullable(number()) }),
  loadPageBridge: object({ loaded: boolean() }),
  readPageState: object({ state: nullable(record(nullable(record(primitive())))) }),
  i18nCatalog: record(
    object({
      message: string(),
      placeholders: optional(record(object({ content: string() }))),
    }),
  ),
  captureToInbox: object({ id: string(), created: boolean() }),
  markInboxAnswered: object({ responseMs: number(), already: boolean() }),
  claimPendingReply: object({ postId: nullable(string()), text: optional(nullable(string())) }),
  templateUsed: object({ useCount: number({ int: true }) }),
  loadTemplatePicker: object({ loaded: boolean() }),
  loadTemplateLibrary: object({ loaded: boolean() }),
  templateLibraryPart: object({ entries: array(anything()), total: number({ int: true, min: 0 }) }),
  loadXLength: object({ loaded: boolean() }),
  loadPageTools: object({ loaded: boolean() }),
  loadGuardUi: object({ loaded: boolean() }),
  reportActiveAccount: object({ registered: boolean() }),
  registerActiveAccount: object({ outcome: oneOf(['saved', 'duplicate']) }),
  recordGuardEvent: object({ id: number() }),
  claimPendingPublish: object({
    pending: nullable(object({ entryId: string(), network, text: string(), expectedAccount: string() })),
  }),
  markCalendarPublished: object({ status: string() }),
  holdUndoDraft: object({ held: boolean() }),
  dropUndoDraft: object({ dropped: boolean() }),
  saveIdea: object({ id: string(), title: string() }),
  recordFollowerSample: object({
    recorded: boolean(),
    reason: oneOf(['recorded', 'already-today', 'not-brand']),
  }),
  teamAnsweringFor: object({ answering: record(string()) }),
};

export function sendToBackground<T extends ContentSent>(type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
  return requestBackground(type, data, contentSentResponses[type] as ResultCheck<ResponseOf<T>>);
}
