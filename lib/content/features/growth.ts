import { loadPageTools } from '@/lib/content/page-tools';
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
 * per day. Every page runs only the cheap test (does the address name the account?) once per
 * account it learns (the first just after the features start); the reader is loaded on first
 * use, on the own profile only. No fetch, and nothing watched on other pages: only an own profile
 * whose header is not shown yet watches the adapter's profile selector until it appears.
 */
export const growthFeature: ContentFeature = (site) => {
  const { adapter, doc } = site;
  const selector = adapter.profileStatsSelector;
  if (!selector) return;
  let state: 'waiting' | 'reading' | 'done' = 'waiting';
  let unwatch: (() => void) | undefined;
  const stopWatching = () => {
    unwatch?.();
    unwatch = undefined;
  };
  const attempt = () => {
    if (state !== 'waiting') return;
    const account = site.account().account;
    const url = pageUrl(doc);
    // Unknown account: the session announces it once found (onAccount below).
    if (!account || !url) return stopWatching();
    const appLink = doc.querySelector('meta[property="al:android:url"]')?.getAttribute('content');
    if (!mayBeOwnProfile(url, appLink, account)) {
      tell(doc, 'someone-else');
      return stopWatching();
    }
    state = 'reading';
    void loadPageTools()
      .then((lazy) => lazy?.readProfile(adapter.network, doc, account) ?? 'failed')
      .catch(() => 'failed')
      .then((outcome) => {
        tell(doc, outcome);
        // Not found yet (the header still loading): its arrival tries again.
        state = outcome === 'not-found' ? 'waiting' : 'done';
        if (state === 'done') {
          stopWatching();
          stopAccount();
        } else unwatch ??= site.watch(selector, attempt);
      });
  };
  const stopAccount = site.onAccount(attempt);
  // After the features have started, not during (a plain timer: the page context's own would
  // leave a listener on the script's lifetime for every page).
  setTimeout(() => site.ctx.isValid && attempt(), 0);
};
