import { z } from 'zod';
import { ideaSourceSchema } from '@/lib/calendar/idea-source';
import type { MessageSpecs } from '@/lib/messaging/messages/spec';

export const ideaMessages = {
  /** "Save as idea" on a post (content script) or from a page: a calendar entry with status `idea`. */
  saveIdea: {
    from: ['content', 'page'],
    request: ideaSourceSchema,
    response: z.object({ id: z.string(), title: z.string() }),
  },
  /** Every content idea (the calendar's idea list filters and searches them). */
  listIdeas: {
    from: ['page'],
    request: z.object({}),
    response: z.object({ entries: z.array(z.any()) }),
  },
} as const satisfies MessageSpecs;
