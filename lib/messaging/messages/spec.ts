import type { z } from 'zod';

/** `content`: a content script on a network page; `page`: the popup, side panel or options. */
export type SenderKind = 'content' | 'page';

/** One message: which contexts may send it, what it carries, what it answers. */
export interface MessageSpec {
  from: readonly SenderKind[];
  request: z.ZodType;
  response: z.ZodType;
}

export type MessageSpecs = Record<string, MessageSpec>;
