/**
 * The hand-over from the calendar to the page when the user publishes a planned post: which tab,
 * which network, the text to fill and the account it must leave from. The background writes it
 * when it opens the composer (notification click or "Publish now"); the publish content feature
 * fills the composer from it; the account guard (lib/guard) reads `expectedAccount` to hold a
 * send from any other account. Cleared once the post is seen leaving, and stale after an hour.
 *
 * Storage key: `local:pendingPublish`. Shape (version 1):
 * `{ entryId, network, expectedAccount, text, tabId, url, createdAt }`.
 */
import { NETWORK_IDS } from '@/lib/network-ids';
import { type Infer, nullable, number, object, oneOf, string } from '@/lib/validation/small-schema';

export const pendingPublishSchema = object({
  entryId: string(),
  network: oneOf(NETWORK_IDS),
  /** Handle without @ ('' when the entry names no account for this network). */
  expectedAccount: string(),
  /** The variant text to fill. */
  text: string(),
  /** The tab opened on the composer; null until known. */
  tabId: nullable(number()),
  url: string(),
  createdAt: number(),
});
export type PendingPublish = Infer<typeof pendingPublishSchema>;

/** After this long the hand-over is ignored (the user went elsewhere). */
export const PENDING_PUBLISH_TTL_MS = 60 * 60_000;

/** Where the hand-over waits in `storage.local`. */
export const PENDING_PUBLISH_KEY = 'pendingPublish';
