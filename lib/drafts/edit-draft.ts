/**
 * Edit drafts: what the user has typed in an editor of the side panel (a template, a calendar
 * entry, an inbox note) and not saved yet. A draft lives apart from the record it edits, so a
 * panel closed mid-edit never leaves a half-saved record; the next time the panel opens, the
 * draft is offered back (resume or discard). Pure: no browser API.
 */
import { z } from 'zod';

export const EDIT_DRAFT_KINDS = ['template', 'calendar', 'inboxNote'] as const;
export type EditDraftKind = (typeof EDIT_DRAFT_KINDS)[number];

/** The drafts kept at most (the oldest go first), and the largest draft value, in characters of JSON. */
export const MAX_EDIT_DRAFTS = 50;
export const MAX_DRAFT_CHARS = 200_000;

export const editDraftSchema = z.object({
  /** `<kind>:<id of the record edited>`, or `<kind>:new` for a record not created yet. */
  key: z.string().min(1).max(300),
  kind: z.enum(EDIT_DRAFT_KINDS),
  /** What the notice calls it: the template's name, the entry's title, the post's author. */
  label: z.string().max(300),
  /** The editor's own state, given back as it was (each editor validates it when it saves). */
  value: z.unknown().refine((value) => JSON.stringify(value ?? null).length <= MAX_DRAFT_CHARS, 'draft too large'),
  savedAt: z.number(),
});
export type EditDraft = z.infer<typeof editDraftSchema>;

export function draftKey(kind: EditDraftKind, id: string | null | undefined): string {
  return `${kind}:${id || 'new'}`;
}

/** Whatever storage holds, as valid drafts (an invalid one is dropped, never the rest). */
export function parseDrafts(value: unknown): EditDraft[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((candidate) => {
    const parsed = editDraftSchema.safeParse(candidate);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The list with this draft in place of any older one of the same key, newest first, bounded. */
export function withDraft(drafts: readonly EditDraft[], draft: EditDraft): EditDraft[] {
  return [draft, ...drafts.filter((one) => one.key !== draft.key)].slice(0, MAX_EDIT_DRAFTS);
}

export function withoutDraft(drafts: readonly EditDraft[], key: string): EditDraft[] {
  return drafts.filter((one) => one.key !== key);
}
