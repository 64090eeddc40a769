/**
 * Every message to the background, declared once: who may send it, what it carries, what it
 * answers. The background validates each request against its schema before handling it.
 */
import { z } from 'zod';
import { inboxCaptureSchema, networkSchema } from '../db/records';

/** `content`: a content script on a network page; `page`: the popup, side panel or options. */
export type SenderKind = 'content' | 'page';

const statsSchema = z.object({
  capturedToday: z.number(),
  newItems: z.number(),
  scheduledToday: z.number(),
});

export const protocol = {
  /** A content script booted on a network page. */
  pageHello: {
    from: ['content'],
    request: z.object({ network: networkSchema, url: z.url() }),
    response: z.object({ tabId: z.number().nullable() }),
  },
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
  /** Today's figures for the popup; `dayStart` is the caller's local midnight. */
  todayStats: {
    from: ['page'],
    request: z.object({ dayStart: z.number(), dayEnd: z.number() }),
    response: statsSchema,
  },
  /** Opens the side panel in the sender's window (from a user gesture in the popup). */
  openSidePanel: {
    from: ['page'],
    request: z.object({ windowId: z.number().int().optional() }),
    response: z.object({ opened: z.boolean() }),
  },
} as const satisfies Record<string, { from: readonly SenderKind[]; request: z.ZodType; response: z.ZodType }>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.input<Protocol[T]['request']>;
export type ParsedRequestOf<T extends MessageType> = z.output<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<Protocol[T]['response']>;

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  data: RequestOf<T>;
}

/** What the background answers: the result, or the reason it refused. */
export type Reply<T extends MessageType> = { ok: true; result: ResponseOf<T> } | { ok: false; error: string };

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(protocol, value);
}
