/** The publish hand-over's storage item (the background writes and claims it). */
import { storage } from '@wxt-dev/storage';
import { PENDING_PUBLISH_TTL_MS, type PendingPublish, pendingPublishSchema } from '@/lib/calendar/pending-publish';

export const pendingPublishItem = storage.defineItem<PendingPublish | null>('local:pendingPublish', {
  fallback: null,
  version: 1,
});

/** The stored hand-over if valid and fresh, else null. */
export async function readPendingPublish(now: number): Promise<PendingPublish | null> {
  const parsed = pendingPublishSchema.safeParse(await pendingPublishItem.getValue());
  if (!parsed.success || now - parsed.data.createdAt > PENDING_PUBLISH_TTL_MS) return null;
  return parsed.data;
}
