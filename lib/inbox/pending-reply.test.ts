import { describe, expect, it } from 'vitest';
import { PENDING_REPLY_TTL_MS, pendingFor } from '@/lib/inbox/pending-reply';

const pending = { itemId: 'i1', network: 'reddit', postId: 't1_kc0001', tabId: 7, createdAt: 1_000 };

describe('pendingFor', () => {
  it('gives the hand-over to the tab it was made for while it is fresh', () => {
    expect(pendingFor(pending, 7, 2_000)).toEqual(pending);
  });
  it('refuses another tab, a stale hand-over and damaged data', () => {
    expect(pendingFor(pending, 8, 2_000)).toBeNull();
    expect(pendingFor(pending, 7, 1_000 + PENDING_REPLY_TTL_MS + 1)).toBeNull();
    expect(pendingFor({ ...pending, postId: 3 }, 7, 2_000)).toBeNull();
    expect(pendingFor(null, 7, 2_000)).toBeNull();
    expect(pendingFor(pending, null, 2_000)).toBeNull();
  });
});
