/**
 * How a handle typed by the user compares with the one a page reports. Handles are
 * case-insensitive everywhere except the ids a network declares case-sensitive (YouTube channels); a leading @ and surrounding spaces never
 * matter; profile addresses are accepted; a Mastodon handle without its server matches that user
 * on any server only while neither side names a server.
 */

import type { RegisteredAccount } from '@/lib/guard/accounts';
import { NETWORK_HANDLES } from '@/lib/network-handles';
import type { Network } from '@/lib/networks';

/** Ids some networks compare case-sensitively (YouTube channel ids: UCabc and UCABC are two channels). */
const isCaseSensitiveId = (network: Network, handle: string) =>
  NETWORK_HANDLES[network].handles.caseSensitiveIds?.test(handle) ?? false;
const isAnyCaseSensitiveId = (handle: string) =>
  Object.values(NETWORK_HANDLES).some((network) => network.handles.caseSensitiveIds?.test(handle));

/** A host of a network with fixed hosts, its bare domain included (youtube.com). */
function isKnownHost(host: string): boolean {
  return Object.values(NETWORK_HANDLES).some(({ hosts }) => hosts.includes(host) || hosts.includes(`www.${host}`));
}

/** Keeps the handle out of a profile address: x.com/acme, youtube.com/@acme, youtube.com/channel/UC…, bsky.app/profile/acme.bsky.social. */
function fromUrl(input: string): string {
  if (!/^https?:\/\//i.test(input) && !/^[a-z0-9.-]+\.[a-z]{2,}\//i.test(input)) return input;
  try {
    const url = new URL(/^https?:/i.test(input) ? input : `https://${input}`);
    const parts = url.pathname.split('/').filter(Boolean);
    const skip = new Set(['channel', 'profile', 'in', 'user', 'u', 'c', 'company']);
    const last = parts.filter((part) => !skip.has(part.toLowerCase()));
    // A server-scoped profile (Mastodon): https://host/@user → user@host. A known network's own
    // /@user page (YouTube) is just the handle.
    const first = last[0] ?? '';
    if (first.startsWith('@') && !first.slice(1).includes('@') && !isKnownHost(url.hostname)) {
      return `${first.slice(1)}@${url.hostname}`;
    }
    return first || input;
  } catch {
    return input;
  }
}

/** The handle alone, as the user wrote it (case kept): no address around it, no leading @. */
export function cleanHandle(network: Network, input: string): string {
  let handle = fromUrl(input.trim()).trim();
  handle = handle.replace(/^@+/, '');
  const { mention } = NETWORK_HANDLES[network].handles;
  if (mention && mention !== '@' && handle.toLowerCase().startsWith(mention)) handle = handle.slice(mention.length);
  return handle;
}

/** The comparable form of a handle on a network. */
export function normaliseHandle(network: Network, input: string): string {
  const handle = cleanHandle(network, input);
  if (isCaseSensitiveId(network, handle)) return handle;
  return handle.toLowerCase();
}

/** True when two handles name the same account on a network. */
export function sameHandle(network: Network, a: string, b: string): boolean {
  const left = normaliseHandle(network, a);
  const right = normaliseHandle(network, b);
  if (!left || !right) return false;
  if (left === right) return true;
  if (!NETWORK_HANDLES[network].handles.serverScoped) return false;
  const [userA, hostA] = left.split('@');
  const [userB, hostB] = right.split('@');
  // One side without a server: the user part decides (the registry may hold just "acme").
  return userA === userB && (!hostA || !hostB);
}

/** The reported account, as the guard needs it: a handle and, when the page gave one, an id. */
export interface ReportedAccount {
  handle: string;
  displayName?: string;
  id?: string;
}

/** The registered account the page's active account is, if any (by handle, else by id). */
export function findRegistered(
  accounts: readonly RegisteredAccount[],
  network: Network,
  active: ReportedAccount,
): RegisteredAccount | undefined {
  const mine = accounts.filter((account) => account.network === network);
  return (
    mine.find((account) => sameHandle(network, account.handle, active.handle)) ??
    (active.id ? mine.find((account) => sameHandle(network, account.handle, active.id as string)) : undefined)
  );
}

/** How a handle is shown: with @, except ids and Mastodon already carrying their server. */
export function displayHandle(handle: string): string {
  const bare = handle.trim().replace(/^@+/, '');
  return isAnyCaseSensitiveId(bare) || /^\d+$/.test(bare) ? bare : `@${bare}`;
}
