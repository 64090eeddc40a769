import { loadGrowthAndIdeas } from '@/lib/content/lazy-growth-ideas';
import type { ContentFeature } from '@/lib/content/site-context';
import { mayBeOwnProfile } from '@/lib/growth/profile-gate';
import { pageUrl } from '@/lib/sites/shared/urls';

declare const __CMC_TEST_HOOKS__: boolean | undefined;

/** Test builds only: what happened on this page, for the browser tests (`data-cmc-test-growth` on <html>). */
function tell(doc: Document, outcome: string): void {
  if (typeof __CMC_TEST_HOOKS__ !== 'undefined' && __CMC_TEST_HOOKS__)
    doc.documentElement.dataset.cmcTestGrowth = outcome;
}

/**
 * Growth: on the signed-in account's own profile page, the network's profile reader reads the
 * follower counts once and the background keeps one dated sample per registered brand account
 * per day. Every page runs only the cheap test (does the address name the account?); the reader
 * is loaded on first use, on the own profile only. No timer, no fetch: the counts are read when
 * the page shows them (the watch on the adapter's profile selector) or when the signed-in account
 * becomes known.
 */
export const growthFeature: ContentFeature = (site) => {
  const { adapter, doc } = site;
  if (!adapter.profileStatsSelector) return;
  let state: 'waiting' | 'reading' | 'done' = 'waiting';
  const stops: (() => void)[] = [];
  const attempt = () => {
    if (state !== 'waiting') return;
    const account = site.account().account;
    const url = pageUrl(doc);
    if (!account || !url) return;
    const appLink = doc.querySelector('meta[property="al:android:url"]')?.getAttribute('content');
    if (!mayBeOwnProfile(url, appLink, account)) {
      tell(doc, 'someone-else');
      return;
    }
    state = 'reading';
    void loadGrowthAndIdeas()
      .then((lazy) => lazy?.readProfile(adapter.network, doc, account) ?? 'failed')
      .catch(() => 'failed')
      .then((outcome) => {
        tell(doc, outcome);
        // Not found yet (the header still loading): the next arrival tries again.
        state = outcome === 'not-found' ? 'waiting' : 'done';
        if (state === 'done') for (const stop of stops) stop();
      });
  };
  stops.push(site.watch(adapter.profileStatsSelector, attempt), site.onAccount(attempt));
};
