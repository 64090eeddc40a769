import { loadProfileReader } from '@/lib/content/lazy-profile-readers';
import { isOwnProfile } from '@/lib/growth/own-profile';
import { sendToBackground } from '@/lib/messaging/content-sender';
import type { Network } from '@/lib/networks';

export type GrowthOutcome = 'not-found' | 'someone-else' | 'recorded' | 'already-today' | 'not-brand' | 'failed';

/**
 * Reads the profile with the network's reader (loaded on first use) and, on the account's own
 * profile, sends the sample. Not found, or someone else's profile: nothing is sent (never a zero).
 */
export async function lazyProfileRead(
  network: Network,
  doc: Document,
  account: { handle: string; id?: string },
): Promise<GrowthOutcome> {
  try {
    const read = await loadProfileReader(network);
    if (!read) return 'failed';
    const stats = read(doc);
    if (!stats) return 'not-found';
    if (!isOwnProfile(network, account, stats)) return 'someone-else';
    return (await sendToBackground('recordFollowerSample', { network, ...stats })).reason;
  } catch {
    return 'failed';
  }
}
