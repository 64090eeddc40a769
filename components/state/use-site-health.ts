import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { sendToTab } from '@/lib/messaging/content-client';
import { readSettings } from '@/lib/settings/store';
import type { SiteHealth } from '@/lib/sites/health';
import { currentNetworkTab, type NetworkTab, watchTabChanges } from '@/lib/tabs';

export type HealthState =
  | { status: 'loading' }
  | { status: 'no-tab' }
  | { status: 'inactive'; tab: NetworkTab }
  | { status: 'ready'; tab: NetworkTab; health: SiteHealth };

/** The site health of the network tab the user looks at, re-read when tabs change. */
export function useSiteHealth(): { state: Signal<HealthState>; refresh: () => void } {
  const state = useSignal<HealthState>({ status: 'loading' });
  const refresh = async () => {
    // Read at each refresh: the Mastodon servers may have changed since the view opened.
    const { mastodonInstances } = await readSettings();
    const tab = await currentNetworkTab(mastodonInstances);
    if (!tab) {
      state.value = { status: 'no-tab' };
      return;
    }
    const health = await sendToTab(tab.id, 'siteHealth', {});
    state.value = health ? { status: 'ready', tab, health } : { status: 'inactive', tab };
  };
  useEffect(() => {
    void refresh();
    return watchTabChanges(() => void refresh());
  }, []);
  return { state, refresh: () => void refresh() };
}
