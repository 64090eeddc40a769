import { isOwnProfile } from '@/lib/growth/own-profile';
import { sendToBackground } from '@/lib/messaging/content-sender';
import type { Network } from '@/lib/networks';
import { PROFILE_READERS } from '@/lib/sites/profile-readers';

export type GrowthOutcome = 'not-found' | 'someone-else' | 'recorded' | 'already-today' | 'not-brand' | 'failed';
export type GrowthRead = (
  network: Network,
  doc: Document,
  account: { handle: string; id?: string },
) => Promise<GrowthOutcome>;

/**
 * In the page tools (entrypoints/page-tools.ts): reads the profile with the network's reader and, on the account's own
 * profile, sends the sample. Not found, or someone else's profile: nothing is sent (never a zero).
 */
export const readProfile: GrowthRead = async (network, doc, account) => {
  const stats = PROFILE_READERS[network](doc);
  if (!stats) return 'not-found';
  if (!isOwnProfile(network, account, stats)) return 'someone-else';
  try {
    return (await sendToBackground('recordFollowerSample', { network, ...stats })).reason;
  } catch {
    return 'failed';
  }
};
