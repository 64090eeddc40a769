import { sameHandle } from '@/lib/guard/handles';
import type { Network } from '@/lib/networks';

interface Identity {
  handle: string;
  id?: string;
}

/**
 * True when the profile a page shows is the signed-in account's own: same handle, or same id
 * (Facebook acts as a Page by its numeric id; Bluesky may address a profile by its did).
 */
export function isOwnProfile(network: Network, account: Identity, profile: Identity): boolean {
  if (sameHandle(network, account.handle, profile.handle)) return true;
  return profile.id !== undefined && account.id !== undefined && profile.id === account.id;
}
