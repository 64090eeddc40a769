/**
 * A person of the community: the authors the inbox captured, per network handle, and what the
 * user says about them (tags, notes, and the handles they linked as one person across networks).
 * The user's part is stored (lib/people/store.ts); the rest is computed from the inbox
 * (lib/people/aggregate.ts). zod/mini: the content scripts read the highlighted handles.
 */
import { z } from 'zod/mini';
import { NETWORK_IDS } from '@/lib/network-ids';

import { PERSON_TAGS } from '@/lib/people/tags';

export { HIGHLIGHT_TAGS, isHighlighted, PERSON_TAGS, type PersonTag } from '@/lib/people/tags';

export const personHandleSchema = z.object({
  network: z.enum(NETWORK_IDS),
  handle: z.string().check(z.minLength(1), z.maxLength(500)),
});
export type PersonHandle = z.infer<typeof personHandleSchema>;

/** What the user set on a person; `handles` are the network handles linked as this one person. */
export const personRecordSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  handles: z.array(personHandleSchema).check(z.minLength(1), z.maxLength(50)),
  /** The name the user prefers; empty: the newest name seen on a capture. */
  name: z.catch(z.string().check(z.maxLength(300)), ''),
  tags: z.catch(z.array(z.enum(PERSON_TAGS)).check(z.maxLength(PERSON_TAGS.length)), []),
  notes: z.catch(z.string().check(z.maxLength(20_000)), ''),
  updatedAt: z.catch(z.number(), 0),
});
export type PersonRecord = z.infer<typeof personRecordSchema>;

/** The stored records, each checked alone: a damaged one is dropped, the rest kept. */
export function parsePersonRecords(value: unknown): PersonRecord[] {
  if (!Array.isArray(value)) return [];
  const records: PersonRecord[] = [];
  for (const entry of value) {
    const parsed = personRecordSchema.safeParse(entry);
    if (parsed.success) records.push(parsed.data);
  }
  return records;
}
