import { z } from 'zod';
import { networkSchema } from '../../db/records';
import type { MessageSpecs } from './spec';

export const coreMessages = {
  /** A content script booted on a network page. */
  pageHello: {
    from: ['content'],
    request: z.object({ network: networkSchema, url: z.url() }),
    response: z.object({ tabId: z.number().nullable() }),
  },
  /** Today's figures for the popup; `dayStart` is the caller's local midnight. */
  todayStats: {
    from: ['page'],
    request: z.object({ dayStart: z.number(), dayEnd: z.number() }),
    response: z.object({ capturedToday: z.number(), newItems: z.number(), scheduledToday: z.number() }),
  },
  /** Opens the side panel in the sender's window (from a user gesture in the popup). */
  openSidePanel: {
    from: ['page'],
    request: z.object({ windowId: z.number().int().optional() }),
    response: z.object({ opened: z.boolean() }),
  },
} as const satisfies MessageSpecs;
