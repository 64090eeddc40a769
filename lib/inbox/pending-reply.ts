/**
 * The hand-over from the inbox's "Reply" to the post's tab: which item is being answered, so the
 * page brings its reply box into view and opens the template picker for it. Kept in storage, not
 * in the worker's memory, because the tab may take longer to load than the worker lives.
 */
import { type Infer, nullable, number, object, optional, string } from '@/lib/validation/small-schema';

export const pendingReplySchema = object({
  itemId: string(),
  network: string(),
  postId: string(),
  tabId: nullable(number()),
  createdAt: number(),
  /** "Take it private": the invitation to insert, already rendered; absent: open the picker. */
  text: optional(string()),
});
export type PendingReply = Infer<typeof pendingReplySchema>;

/** A reply hand-over older than this is stale (the user went elsewhere). */
export const PENDING_REPLY_TTL_MS = 2 * 60_000;

/** Where the hand-over waits in `storage.local`. */
export const PENDING_REPLY_KEY = 'pendingReply';

/** The hand-over for this tab, if it is fresh: valid, same tab, not too old. */
export function pendingFor(value: unknown, tabId: number | null, now: number): PendingReply | null {
  const parsed = pendingReplySchema.safeParse(value);
  if (!parsed.success || tabId === null) return null;
  const pending = parsed.data;
  return pending.tabId === tabId && now - pending.createdAt <= PENDING_REPLY_TTL_MS ? pending : null;
}
