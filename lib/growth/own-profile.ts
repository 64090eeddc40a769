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

const decoded = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

/**
 * The cheap test run on every page before any profile reader is loaded: does the address name the
 * account (a path part or query value equal to its handle, its user name without the server, or
 * its id), or does the page's app-link meta tag name its id (a Facebook Page under its vanity
 * name)? A false "maybe" only costs loading the reader, which then says it is someone else.
 */
export function mayBeOwnProfile(url: URL, appLink: string | null | undefined, account: Identity): boolean {
  const handle = account.handle.trim().replace(/^@+/, '').toLowerCase();
  const names = new Set([handle, handle.split('@')[0], account.id?.toLowerCase()].filter(Boolean));
  const parts = [...url.pathname.split('/'), ...url.searchParams.values()];
  if (parts.some((part) => names.has(decoded(part).replace(/^@+/, '').toLowerCase()))) return true;
  return account.id !== undefined && /^\w+:\/\/\w+\/(?:\?id=)?(\d+)$/.exec(appLink ?? '')?.[1] === account.id;
}
