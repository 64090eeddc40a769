import { startIdentityBadges } from '@/lib/content/features/guard/badge';
import { startInterception } from '@/lib/content/features/guard/intercept';
import { lazyRegisterNotice, loadGuardUi } from '@/lib/content/features/guard/lazy-ui';
import { connectGuardState, guardAccounts, guardLoaded } from '@/lib/content/features/guard/state';
import type { ContentFeature, SiteContext } from '@/lib/content/site-context';
import { watchCells } from '@/lib/content/ui/cell';
import { connectPageTexts } from '@/lib/content/ui/texts';
import { findRegistered } from '@/lib/guard/handles';
import { sendToBackground } from '@/lib/messaging/content-sender';

/** Tells the background which account the page shows, once per account, and offers to register it. */
function followActiveAccount(site: SiteContext): void {
  const notice = lazyRegisterNotice(site);
  let reported: string | null = null;
  const check = () => {
    const account = site.account().account;
    if (!account) return;
    if (reported !== account.handle) {
      reported = account.handle;
      const { handle, displayName, id } = account;
      void sendToBackground('reportActiveAccount', {
        network: site.adapter.network,
        handle,
        displayName: displayName.slice(0, 300),
        ...(id ? { id } : {}),
      }).catch(() => undefined);
    }
    if (!guardLoaded.get()) return;
    const known = findRegistered(guardAccounts.get(), site.adapter.network, account);
    // Offered when the user is about to write, not on every page they merely read.
    if (known) notice.hide();
    else if (site.lastComposer()) notice.show(account);
    // The user is about to write: have the guard's dialog ready before a send needs it.
    if (site.lastComposer()) void loadGuardUi();
  };
  site.onAccount(check);
  site.ctx.addEventListener(site.doc, 'focusin', () => site.ctx.setTimeout(check, 0), { capture: true });
  site.ctx.onInvalidated(watchCells([guardLoaded, guardAccounts], check));
}

/**
 * The account guard's check that holds a post from the wrong account before the site sees it:
 * listening from the page's first moment.
 */
export const guardSendFeature: ContentFeature = (site) => {
  site.ctx.onInvalidated(connectGuardState());
  startInterception(site);
};

/** The account guard's identity badge and the offer to register an unknown account. */
export const guardIdentityFeature: ContentFeature = (site) => {
  connectPageTexts();
  startIdentityBadges(site);
  followActiveAccount(site);
};
