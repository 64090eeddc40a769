import { z } from 'zod';
import type { MessageSpecs } from '@/lib/messaging/messages/spec';

/** Messages of the first-run checklist. */
export const onboardingMessages = {
  /** Hides the checklist (dismissed: true) or brings it back from Settings (false). */
  setChecklistDismissed: {
    from: ['page'],
    request: z.object({ dismissed: z.boolean() }),
    response: z.object({ dismissed: z.boolean() }),
  },
  /** Every step is done: the checklist leaves for good (the pages stop loading it). */
  completeChecklist: {
    from: ['page'],
    request: z.object({}),
    response: z.object({ completed: z.boolean() }),
  },
} as const satisfies MessageSpecs;
