import { z } from 'zod';
import type { MessageSpecs } from '@/lib/messaging/messages/spec';
import { reportRequestSchema } from '@/lib/reports/report';
import { reportSettingsPatchSchema } from '@/lib/reports/settings';

export const reportMessages = {
  /** The period's KPIs and the previous period's, the goals' status and the picked conversations. */
  reportData: {
    from: ['page'],
    request: reportRequestSchema,
    response: z.object({ report: z.any() }),
  },
  /** Per department: the period's items by topic and sentiment and the representative ones. */
  feedbackDigests: {
    from: ['page'],
    request: reportRequestSchema,
    response: z.object({ period: z.any(), digests: z.array(z.any()) }),
  },
  /** Goals, departments, response clock, time per template, summary. */
  saveReportSettings: {
    from: ['page'],
    request: reportSettingsPatchSchema,
    response: z.object({ settings: z.any() }),
  },
  /** "Forward to a department": records that the item was passed on (the e-mail is the user's to send). */
  recordForward: {
    from: ['page'],
    request: z.object({ itemId: z.string().min(1).max(200), departmentId: z.string().min(1).max(100) }),
    response: z.object({ id: z.number() }),
  },
} as const satisfies MessageSpecs;
