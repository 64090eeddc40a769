/**
 * Every message to the background, declared once: who may send it, what it carries, what it
 * answers. The background validates each request against its schema before handling it.
 * Each feature declares its messages in messages/<feature>.ts; this file joins them.
 */
import type { z } from 'zod';
import { backupMessages } from '@/lib/messaging/messages/backup';
import { calendarMessages } from '@/lib/messaging/messages/calendar';
import { coreMessages } from '@/lib/messaging/messages/core';
import { crisisMessages } from '@/lib/messaging/messages/crisis';
import { draftMessages } from '@/lib/messaging/messages/drafts';
import { growthMessages } from '@/lib/messaging/messages/growth';
import { guardMessages } from '@/lib/messaging/messages/guard';
import { ideaMessages } from '@/lib/messaging/messages/ideas';
import { inboxMessages } from '@/lib/messaging/messages/inbox';
import { onboardingMessages } from '@/lib/messaging/messages/onboarding';
import { peopleMessages } from '@/lib/messaging/messages/people';
import { reportMessages } from '@/lib/messaging/messages/reports';
import { teamMessages } from '@/lib/messaging/messages/team';
import { templateMessages } from '@/lib/messaging/messages/templates';
import { undoMessages } from '@/lib/messaging/messages/undo';

export type { SenderKind } from '@/lib/messaging/messages/spec';

export const protocol = {
  ...coreMessages,
  ...inboxMessages,
  ...templateMessages,
  ...guardMessages,
  ...calendarMessages,
  ...reportMessages,
  ...onboardingMessages,
  ...backupMessages,
  ...undoMessages,
  ...crisisMessages,
  ...draftMessages,
  // issue 21a: People, content ideas, growth
  ...peopleMessages,
  ...ideaMessages,
  ...growthMessages,
  // Team sync (issue 22)
  ...teamMessages,
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
