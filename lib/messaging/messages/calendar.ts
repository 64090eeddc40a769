import { z } from 'zod';
import { entryInputSchema, MAX_CSV_ROWS } from '@/lib/calendar/entry';
import type { MessageSpecs } from '@/lib/messaging/messages/spec';
import { networkSchema } from '@/lib/network-schema';

const range = z.object({ from: z.number(), to: z.number() });
/** Entries travel as plain objects; the views read them through lib/calendar/entry. */
const entries = z.array(z.any());

export const calendarMessages = {
  /** Entries planned in [from, to) (UTC ms). Marks overdue entries missed first. */
  listCalendar: {
    from: ['page'],
    request: range,
    response: z.object({ entries }),
  },
  /** Creates (no id, or an unknown one) or updates an entry; re-plans its reminders. */
  saveCalendarEntry: {
    from: ['page'],
    request: z.object({ entry: entryInputSchema }),
    response: z.object({ entry: z.any() }),
  },
  deleteCalendarEntry: {
    from: ['page'],
    request: z.object({ id: z.string().min(1) }),
    response: z.object({ deleted: z.boolean() }),
  },
  /** Writes every imported entry in one transaction, or none. */
  importCalendarEntries: {
    from: ['page'],
    request: z.object({ entries: z.array(entryInputSchema).min(1).max(MAX_CSV_ROWS) }),
    response: z.object({ created: z.number(), updated: z.number() }),
  },
  /** Opens the network's composer with the variant (the path a reminder click takes too). */
  publishCalendarEntry: {
    from: ['page'],
    request: z.object({ id: z.string().min(1), network: networkSchema }),
    response: z.object({ tabId: z.number().nullable(), url: z.string().nullable() }),
  },
  /** Today's entries and the next reminder, for the popup. */
  calendarAgenda: {
    from: ['page'],
    request: z.object({ dayStart: z.number(), dayEnd: z.number() }),
    response: z.object({
      entries,
      next: z.object({ id: z.string(), title: z.string(), network: networkSchema, at: z.number() }).nullable(),
    }),
  },
  /** When the user published and answered, per network, for learned best-time slots. */
  calendarHistory: {
    from: ['page'],
    request: z.object({}),
    response: z.object({ points: z.array(z.object({ network: networkSchema, at: z.number() })) }),
  },
  /** A composer page asks whether a planned post waits to be filled in its tab. */
  claimPendingPublish: {
    from: ['content'],
    request: z.object({}),
    response: z.object({
      pending: z
        .object({ entryId: z.string(), network: networkSchema, text: z.string(), expectedAccount: z.string() })
        .nullable(),
    }),
  },
  /** The page saw the planned post leave through the site's own send. */
  markCalendarPublished: {
    from: ['content'],
    request: z.object({ entryId: z.string().min(1), network: networkSchema }),
    response: z.object({ status: z.string() }),
  },
} as const satisfies MessageSpecs;
