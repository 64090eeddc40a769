/**
 * The undo window: a send from an account whose role has one waits N seconds with a countdown in
 * the page, and its text is kept as a draft until it has left (or the user took it back), so a tab
 * closed or navigated during the window loses nothing. Pure: no page, no storage.
 */
import { z } from 'zod/mini';
import { NETWORK_IDS } from '@/lib/network-ids';

/** A send held by the undo window that has not left yet: recoverable in the side panel. */
export const undoDraftSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  network: z.enum(NETWORK_IDS),
  /** The account it was about to leave from. */
  handle: z.string().check(z.maxLength(300)),
  text: z.string().check(z.maxLength(20_000)),
  /** The page it was written on. */
  url: z.string().check(z.maxLength(2000)),
  at: z.number(),
});
export type UndoDraft = z.infer<typeof undoDraftSchema>;

/** At most this many drafts are kept (the oldest go first). */
export const MAX_UNDO_DRAFTS = 50;

export function parseUndoDrafts(value: unknown): UndoDraft[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = undoDraftSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The drafts with this one first (replacing an older copy of the same id). */
export function withDraft(drafts: readonly UndoDraft[], draft: UndoDraft): UndoDraft[] {
  return [draft, ...drafts.filter((entry) => entry.id !== draft.id)].slice(0, MAX_UNDO_DRAFTS);
}
