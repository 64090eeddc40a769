/** The inbox reply hand-over's storage item (the background writes and claims it). */
import { storage } from '@wxt-dev/storage';
import type { PendingReply } from '@/lib/inbox/pending-reply';

export const pendingReplyItem = storage.defineItem<PendingReply | null>('local:pendingReply', {
  fallback: null,
  version: 1,
});
