import { NETWORK_BY_ID, type Network } from '@/lib/networks';

/**
 * Where each network's own composer opens for a new post (each descriptor's `composerUrl` says
 * why that address). The extension fills the box there and the user sends; it never posts through
 * an API. `server`: the user's first registered server, for networks on granted servers.
 */
export function composerUrl(network: Network, server?: string): string | null {
  return NETWORK_BY_ID[network].composerUrl(server);
}
