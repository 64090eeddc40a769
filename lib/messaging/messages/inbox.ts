import { z } from 'zod';
import { inboxCaptureSchema } from '../../db/records';
import type { MessageSpecs } from './spec';

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
} as const satisfies MessageSpecs;
