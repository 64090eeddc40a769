import { z } from 'zod';
import type { MessageSpecs } from '@/lib/messaging/messages/spec';
import { networkSchema } from '@/lib/network-schema';

/** Messages of the templates feature. */
export const templateMessages = {
  /**
   * A template was inserted in a page: its use count and last use go up and an audit event
   * (`template-use`) is written, for the response-time and usage KPIs.
   */
  templateUsed: {
    from: ['content'],
    request: z.object({
      templateId: z.string().min(1).max(100),
      network: networkSchema,
      /** The post or comment answered, when the page told it. */
      postId: z.string().max(500).optional(),
      via: z.enum(['trigger', 'command']),
    }),
    response: z.object({ useCount: z.number().int() }),
  },
  /**
   * Loads the in-page picker into the sender's tab on its first opening (an unlisted script run
   * in the content scripts' isolated world), so pages where it is never opened pay nothing.
   */
  loadTemplatePicker: {
    from: ['content'],
    request: z.object({}),
    response: z.object({ loaded: z.boolean() }),
  },
} as const satisfies MessageSpecs;
