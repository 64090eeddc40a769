import { z } from 'zod';
import type { MessageSpecs } from '@/lib/messaging/messages/spec';
import { PERSON_TAGS, personHandleSchema } from '@/lib/people/person';

const handles = z.array(personHandleSchema).min(1).max(50);

export const peopleMessages = {
  /** Every person the inbox captured or the user tagged, with their counts (lib/people/aggregate.ts). */
  listPeople: {
    from: ['page'],
    request: z.object({}),
    response: z.object({ people: z.array(z.any()) }),
  },
  /** One person's captured items, newest first. */
  personItems: {
    from: ['page'],
    request: z.object({ handles, limit: z.number().int().min(1).max(500).default(200) }),
    response: z.object({ total: z.number(), items: z.array(z.any()) }),
  },
  /** Sets the name, tags or notes of the person with these handles. */
  updatePerson: {
    from: ['page'],
    request: z.object({
      handles,
      patch: z.object({
        name: z.string().max(300).optional(),
        tags: z.array(z.enum(PERSON_TAGS)).max(PERSON_TAGS.length).optional(),
        notes: z.string().max(20_000).optional(),
      }),
    }),
    response: z.object({ records: z.number() }),
  },
  /** Links two people (their handles on any networks) as one person. */
  linkPeople: {
    from: ['page'],
    request: z.object({ first: handles, second: handles }),
    response: z.object({ records: z.number() }),
  },
  /** Takes one handle out of a linked person. */
  unlinkPersonHandle: {
    from: ['page'],
    request: z.object({ handle: personHandleSchema }),
    response: z.object({ records: z.number() }),
  },
  /** "Add to report": marks the person's captured items as conversations for the report. */
  addPersonToReport: {
    from: ['page'],
    request: z.object({ handles }),
    response: z.object({ changed: z.number() }),
  },
} as const satisfies MessageSpecs;
