import { z } from 'zod';
import type { MessageSpecs } from '@/lib/messaging/messages/spec';
import { networkSchema } from '@/lib/network-schema';

/** The undo window's drafts: kept while a send waits, dropped once it left or was taken back. */
export const undoMessages = {
  /** A send is held by the undo window: its text is kept until it leaves. */
  holdUndoDraft: {
    from: ['content'],
    request: z.object({
      id: z.string().min(1).max(100),
      network: networkSchema,
      handle: z.string().max(300),
      text: z.string().max(20_000),
      url: z.string().max(2000),
    }),
    response: z.object({ held: z.boolean() }),
  },
  /** The send left, the user took it back in the page, or deleted the draft in the side panel. */
  dropUndoDraft: {
    from: ['content', 'page'],
    request: z.object({ id: z.string().min(1).max(100) }),
    response: z.object({ dropped: z.boolean() }),
  },
} as const satisfies MessageSpecs;
