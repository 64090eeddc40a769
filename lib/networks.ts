/**
 * The registry of networks: one line per network, in the order the product lists them. Everything
 * else about a network lives in its folder (lib/sites/<network>/network.ts for what it is,
 * adapter.ts for how its pages read). Pure data: safe to import from the background, pages,
 * content scripts and the main-world bridge.
 */
import { blueskyNetwork } from '@/lib/sites/bluesky/network';
import { matchPatterns, type NetworkDescriptor } from '@/lib/sites/descriptor';
import { facebookNetwork } from '@/lib/sites/facebook/network';
import { instagramNetwork } from '@/lib/sites/instagram/network';
import { linkedinNetwork } from '@/lib/sites/linkedin/network';
import { mastodonNetwork } from '@/lib/sites/mastodon/network';
import { redditNetwork } from '@/lib/sites/reddit/network';
import { threadsNetwork } from '@/lib/sites/threads/network';
import { xNetwork } from '@/lib/sites/x/network';
import { youtubeNetwork } from '@/lib/sites/youtube/network';

export const NETWORK_LIST = [
  xNetwork,
  linkedinNetwork,
  facebookNetwork,
  instagramNetwork,
  youtubeNetwork,
  redditNetwork,
  mastodonNetwork,
  blueskyNetwork,
  threadsNetwork,
] as const;

export type Network = (typeof NETWORK_LIST)[number]['id'];

export const NETWORKS: readonly Network[] = NETWORK_LIST.map((network) => network.id);

/** The network a new form or filter starts on: the registry's first. */
export const DEFAULT_NETWORK: Network = NETWORK_LIST[0].id;

/** Each network's descriptor by id. */
export const NETWORK_BY_ID = Object.fromEntries(NETWORK_LIST.map((network) => [network.id, network])) as Record<
  Network,
  NetworkDescriptor<Network>
>;

/** Display names are brands: the same in every language, so they are not translated. */
export const NETWORK_NAMES = Object.fromEntries(NETWORK_LIST.map((network) => [network.id, network.label])) as Record<
  Network,
  string
>;

/** Page globals the main-world bridge can read, each named by the network that asks for it. */
export type PageStateKey = (typeof NETWORK_LIST)[number] extends infer D
  ? D extends NetworkDescriptor<string, infer Readers>
    ? keyof Readers & string
    : never
  : never;

export function isNetwork(value: unknown): value is Network {
  return typeof value === 'string' && (NETWORKS as readonly string[]).includes(value);
}

/** Every fixed-host pattern, for the manifest's host permissions. */
export function manifestHostPatterns(networks: readonly NetworkDescriptor[] = NETWORK_LIST): string[] {
  return networks.flatMap(matchPatterns);
}

/** The network whose servers the user grants at run time (Mastodon), if the registry has one. */
export const GRANTED_SERVERS_NETWORK: Network | undefined = NETWORK_LIST.find(
  (network: NetworkDescriptor<Network>) => network.runsOnGrantedServers,
)?.id;

/** Which network a host belongs to: a fixed host, else a granted server, else null. */
export function networkOfHost(host: string, grantedHosts: readonly string[] = []): Network | null {
  for (const network of NETWORK_LIST) {
    if (network.hosts.includes(host)) return network.id;
  }
  return grantedHosts.includes(host) ? (GRANTED_SERVERS_NETWORK ?? null) : null;
}

/** Which network a URL belongs to, or null (servers the user granted count when listed). */
export function networkOfUrl(url: string, grantedHosts: readonly string[] = []): Network | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? networkOfHost(parsed.hostname, grantedHosts) : null;
  } catch {
    return null;
  }
}

/** Normalises what a user types for a Mastodon server ("https://Mastodon.Social/@me") to a host. */
export function normaliseInstanceHost(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`);
    const host = url.hostname.toLowerCase();
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}
