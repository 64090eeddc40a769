/**
 * The networks the extension works on, and the hosts each one is served from.
 * Pure data: no browser APIs, safe to import from config, background, pages and content scripts.
 */
export const NETWORKS = [
  'x',
  'linkedin',
  'facebook',
  'instagram',
  'youtube',
  'reddit',
  'mastodon',
  'bluesky',
  'threads',
] as const;

export type Network = (typeof NETWORKS)[number];

/** Networks with fixed hosts, declared in the manifest. Mastodon instances are granted at runtime. */
export const NETWORK_HOSTS: Record<Exclude<Network, 'mastodon'>, readonly string[]> = {
  x: ['x.com', 'twitter.com', 'mobile.x.com'],
  linkedin: ['www.linkedin.com'],
  facebook: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
  instagram: ['www.instagram.com'],
  youtube: ['www.youtube.com', 'studio.youtube.com', 'm.youtube.com'],
  reddit: ['www.reddit.com', 'new.reddit.com'],
  bluesky: ['bsky.app'],
  threads: ['www.threads.com', 'www.threads.net', 'threads.com', 'threads.net'],
};

/** Display names are brands: the same in every language, so they are not translated. */
export const NETWORK_NAMES: Record<Network, string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  reddit: 'Reddit',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  threads: 'Threads',
};

export function isNetwork(value: unknown): value is Network {
  return typeof value === 'string' && (NETWORKS as readonly string[]).includes(value);
}

/** Match patterns for one network's content script. */
export function matchPatterns(network: Exclude<Network, 'mastodon'>): string[] {
  return NETWORK_HOSTS[network].map((host) => `https://${host}/*`);
}

/** Every fixed-host pattern, for the manifest's host permissions. */
export function manifestHostPatterns(): string[] {
  return (Object.keys(NETWORK_HOSTS) as Exclude<Network, 'mastodon'>[]).flatMap(matchPatterns);
}

/** Which fixed-host network a URL belongs to, or null (Mastodon is recognised by instance list). */
export function networkOfUrl(url: string, mastodonHosts: readonly string[] = []): Network | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return null;
    host = parsed.hostname;
  } catch {
    return null;
  }
  for (const [network, hosts] of Object.entries(NETWORK_HOSTS)) {
    if (hosts.includes(host)) return network as Network;
  }
  return mastodonHosts.includes(host) ? 'mastodon' : null;
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
