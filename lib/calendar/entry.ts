/**
 * A calendar entry: one piece of content planned for several networks, with a variant and a
 * target account per network. Time is a wall clock plus an IANA zone; `scheduledAt` is derived.
 */
import { z } from 'zod';
import { ideaSourceSchema } from '@/lib/calendar/idea-source';
import type { CalendarPost } from '@/lib/calendar/post';
import { POST_STATUSES } from '@/lib/calendar/post';
import { isLocalDateTime, isValidZone, toUtc } from '@/lib/calendar/time';
import { networkSchema } from '@/lib/network-schema';
import type { Network } from '@/lib/networks';

export type EntryStatus = (typeof POST_STATUSES)[number];

/**
 * The most entries one import may bring (a CSV file's rows, one importEntries message). Here, not
 * beside the CSV parser: the protocol's schemas, which every extension page loads, need only this.
 */
export const MAX_CSV_ROWS = 5000;

const variantSchema = z.object({
  /** Undefined: the network inherits the base text. */
  text: z.string().max(100_000).optional(),
  /** The handle the post must leave from (without @), e.g. `acme`. */
  account: z.string().trim().max(200).optional(),
});

/** What a user (or an import) gives: everything but the derived and bookkeeping fields. */
export const entryInputSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  title: z.string().trim().min(1).max(300),
  text: z.string().max(100_000).default(''),
  networks: z.array(networkSchema).max(9).default([]),
  variants: z.partialRecord(networkSchema, variantSchema).default({}),
  localDateTime: z.string().refine(isLocalDateTime, 'expected yyyy-MM-ddTHH:mm'),
  timeZone: z.string().refine(isValidZone, 'unknown IANA time zone'),
  status: z.enum(POST_STATUSES).default('draft'),
  labels: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  campaign: z.string().trim().max(200).default(''),
  /** Links and media to attach by hand (the extension never uploads). */
  notes: z.string().max(10_000).default(''),
  /** Where a content idea came from (lib/calendar/idea.ts): kept when the idea becomes a post. */
  source: ideaSourceSchema.optional(),
});
export type EntryInput = z.input<typeof entryInputSchema>;

/** A stored entry as the calendar reads it back (validated: IndexedDB may hold an older shape). */
export const entrySchema = entryInputSchema.extend({
  id: z.string().min(1),
  scheduledAt: z.number(),
  createdAt: z.number(),
  updatedAt: z.number(),
  publishedAt: z.number().optional(),
  /** When each network's post was seen leaving, in UTC ms. */
  publishedOn: z.partialRecord(networkSchema, z.number()).default({}),
  /** When the reminder for this time fired (cleared when the time changes). */
  remindedAt: z.number().optional(),
});
export type CalendarEntry = z.infer<typeof entrySchema> & CalendarPost;

/** Builds a stored entry from input: validates, derives scheduledAt, keeps the bookkeeping of `previous`. */
export function buildEntry(
  input: EntryInput,
  now: number,
  newId: () => string,
  previous?: CalendarEntry,
): CalendarEntry {
  const parsed = entryInputSchema.parse(input);
  const moved = previous && (previous.localDateTime !== parsed.localDateTime || previous.timeZone !== parsed.timeZone);
  return entrySchema.parse({
    ...previous,
    ...parsed,
    id: parsed.id ?? previous?.id ?? newId(),
    scheduledAt: toUtc(parsed.localDateTime, parsed.timeZone),
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    publishedOn: previous?.publishedOn ?? {},
    remindedAt: moved ? undefined : previous?.remindedAt,
  }) as CalendarEntry;
}

/** Reads a stored value back into an entry, or null when it is damaged beyond use. */
export function readEntry(value: unknown): CalendarEntry | null {
  const parsed = entrySchema.safeParse(value);
  return parsed.success ? (parsed.data as CalendarEntry) : null;
}

/** The text to post on a network: its own variant, else the base text. */
export function variantText(entry: Pick<CalendarEntry, 'text' | 'variants'>, network: Network): string {
  return entry.variants[network]?.text ?? entry.text;
}

/** Whether the network has its own text (override) or inherits the base text. */
export function overrides(entry: Pick<CalendarEntry, 'variants'>, network: Network): boolean {
  return entry.variants[network]?.text !== undefined;
}

/** The planned account on a network, without a leading @, or '' when none was set. */
export function accountFor(entry: Pick<CalendarEntry, 'variants'>, network: Network): string {
  return (entry.variants[network]?.account ?? '').replace(/^@/, '');
}

/** The fields an export carries and an import restores (bookkeeping left out). */
export function entryContent(entry: CalendarEntry): EntryInput {
  const { id, title, text, networks, variants, localDateTime, timeZone, status, labels, campaign, notes } = entry;
  return { id, title, text, networks, variants, localDateTime, timeZone, status, labels, campaign, notes };
}
