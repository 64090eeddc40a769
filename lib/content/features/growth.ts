import type { ContentFeature } from '@/lib/content/site-context';
import { isOwnProfile } from '@/lib/growth/own-profile';
import { sendToBackground } from '@/lib/messaging/content-sender';

declare const __CMC_TEST_HOOKS__: boolean | undefined;

/** Test builds only: what happened on this page, for the browser tests (`data-cmc-test-growth` on <html>). */
function tell(doc: Document, outcome: string): void {
  if (typeof __CMC_TEST_HOOKS__ !== 'undefined' && __CMC_TEST_HOOKS__)
    doc.documentElement.dataset.cmcTestGrowth = outcome;
}

/**
 * Growth: on the signed-in account's own profile page, the adapter reads the follower counts once
 * and the background keeps one dated sample per registered brand account per day. Nothing runs
 * where the adapter reads no profile, nor on anybody else's profile; no timer, no fetch: the
 * counts are read when the page shows them (the watch on the adapter's profile selector) or when
 * the signed-in account becomes known.
 */
export const growthFeature: ContentFeature = (site) => {
  const { adapter } = site;
  if (!adapter.profileStats || !adapter.profileStatsSelector) return;
  let done = false;
  const stops: (() => void)[] = [];
  const attempt = () => {
    if (done) return;
    const account = site.account().account;
    if (!account) return;
    const stats = adapter.profileStats?.(site.doc);
    // Not found, or someone else's profile: nothing is recorded (never a zero).
    if (!stats) return;
    if (!isOwnProfile(adapter.network, account, stats)) {
      tell(site.doc, 'someone-else');
      return;
    }
    done = true;
    for (const stop of stops) stop();
    void sendToBackground('recordFollowerSample', { network: adapter.network, ...stats }).then(
      (answer) => tell(site.doc, answer.reason),
      () => tell(site.doc, 'failed'),
    );
  };
  stops.push(site.watch(adapter.profileStatsSelector, attempt), site.onAccount(attempt));
};
