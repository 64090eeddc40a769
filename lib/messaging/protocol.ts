/**
 * Every message to the background, declared once: who may send it, what it carries, what it
 * answers. The background validates each request against its schema before handling it.
 * Each feature declares its messages in messages/<feature>.ts; this file joins them.
 */
import type { z } from 'zod';
import { calendarMessages } from './messages/calendar';
import { coreMessages } from './messages/core';
import { guardMessages } from './messages/guard';
import { inboxMessages } from './messages/inbox';
import { reportMessages } from './messages/reports';
import { templateMessages } from './messages/templates';

export type { SenderKind } from './messages/spec';

export const protocol = {
  ...coreMessages,
  ...inboxMessages,
  ...templateMessages,
  ...guardMessages,
  ...calendarMessages,
  ...reportMessages,
};

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
