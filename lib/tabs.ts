import { browser } from '@/lib/browser';
import { type Network, networkOfUrl } from '@/lib/networks';

export interface NetworkTab {
  id: number;
  url: string;
  network: Network;
}

/**
 * The network tab the user is looking at: the active tab of the last focused window, or when
 * that is one of our own pages (the side panel opened as a tab), the network tab used last.
 */
export async function currentNetworkTab(mastodonHosts: readonly string[]): Promise<NetworkTab | null> {
  const toNetworkTab = (tab: { id?: number; url?: string }): NetworkTab | null => {
    const network = tab.url ? networkOfUrl(tab.url, mastodonHosts) : null;
    return network && tab.id !== undefined && tab.url ? { id: tab.id, url: tab.url, network } : null;
  };
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const direct = active ? toNetworkTab(active) : null;
  if (direct) return direct;
  const all = await browser.tabs.query({});
  const recent = all
    .map((tab) => ({ tab, found: toNetworkTab(tab) }))
    .filter((entry) => entry.found)
    .sort((a, b) => (b.tab.lastAccessed ?? 0) - (a.tab.lastAccessed ?? 0));
  return recent[0]?.found ?? null;
}

/** Calls back when the user switches tab or a tab finishes loading. Returns the unwatch. */
export function watchTabChanges(callback: () => void): () => void {
  const onActivated = () => callback();
  const onUpdated = (_id: number, change: { status?: string; url?: string }) => {
    if (change.status === 'complete' || change.url) callback();
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}
