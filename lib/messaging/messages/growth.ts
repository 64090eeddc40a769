import { z } from 'zod';
import { profileStatsSchema } from '@/lib/growth/samples';
import type { MessageSpecs } from '@/lib/messaging/messages/spec';

export const growthMessages = {
  /**
   * A brand account's own profile page showed its counts: one dated sample per account per day.
   * Refused (not recorded) unless the handle is a registered brand account of the page's network.
   */
  recordFollowerSample: {
    from: ['content'],
    request: z.object(profileStatsSchema.shape),
    response: z.object({ recorded: z.boolean(), reason: z.enum(['recorded', 'already-today', 'not-brand']) }),
  },
  /** The brand accounts and their follower samples, for Reports. */
  growthData: {
    from: ['page'],
    request: z.object({}),
    response: z.object({ accounts: z.array(z.any()), samples: z.array(z.any()) }),
  },
} as const satisfies MessageSpecs;
