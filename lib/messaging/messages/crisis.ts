import { z } from 'zod';
import type { MessageSpecs } from '@/lib/messaging/messages/spec';

const signal = z.object({
  count: z.number(),
  value: z.number(),
  baseline: z.number(),
  ratio: z.number(),
  raised: z.boolean(),
});
const report = z.object({
  raised: z.boolean(),
  windowHours: z.number(),
  total: z.number(),
  historyDays: z.number(),
  negative: signal,
  keywords: signal,
});
const mode = z.object({ on: z.boolean(), since: z.number().nullable(), resumed: z.array(z.string()) });
const settings = z.object({
  windowHours: z.number().int().min(1).max(24),
  factor: z.number().min(1.5).max(20),
  minCaptures: z.number().int().min(2).max(1000),
});

/** Crisis: the alert's numbers, the mode (planned posts held), resuming them, the detection's settings. */
export const crisisMessages = {
  /** The report now, the mode and the ids of the planned posts it holds (popup, side panel). */
  crisisStatus: {
    from: ['page'],
    request: z.object({}),
    response: z.object({
      report,
      mode,
      held: z.array(z.string()),
      settings,
      /** What the inbox's crisis filter asks for: captured since the crisis window began, these keywords. */
      items: z.object({ from: z.number(), keywords: z.array(z.string()) }),
    }),
  },
  /** Crisis mode on or off; off restores every held post's reminders exactly as they were. */
  setCrisisMode: {
    from: ['page'],
    request: z.object({ on: z.boolean() }),
    response: z.object({ mode }),
  },
  /** Lets held planned posts go (these ids, or all of them) while crisis mode stays on. */
  resumeHeldPosts: {
    from: ['page'],
    request: z.object({ ids: z.array(z.string().min(1).max(200)).max(10_000).optional() }),
    response: z.object({ mode }),
  },
  saveCrisisSettings: {
    from: ['page'],
    request: z.object({ settings }),
    response: z.object({ settings }),
  },
} as const satisfies MessageSpecs;
