import { render } from 'preact';
import type { RegisterNotice } from '@/lib/content/features/guard/lazy-ui';
import { NOTICE_CSS } from '@/lib/content/features/guard/styles';
import type { SiteContext } from '@/lib/content/site-context';
import { contentSettings, tr } from '@/lib/content/ui/locale';
import { createShadowHost, type ShadowHost } from '@/lib/content/ui/shadow-host';
import type { AccountRole } from '@/lib/guard/accounts';
import { displayHandle } from '@/lib/guard/handles';
import { sendToBackground } from '@/lib/messaging/content-sender';
import type { Network } from '@/lib/networks';
import type { ActiveAccount } from '@/lib/sites/types';

/** Asks the background to register the page's account on the user's click (the only way one gets registered). */
export async function registerAccount(network: Network, account: ActiveAccount, role: AccountRole): Promise<void> {
  await sendToBackground('registerActiveAccount', {
    network,
    handle: account.handle,
    displayName: account.displayName,
    role,
  });
}

/**
 * The small offer to register an active account the registry does not know. One per account
 * per page; "Not now" hides it until the page is reloaded.
 */
export function createRegisterNotice(site: SiteContext): RegisterNotice {
  let surface: ShadowHost | null = null;
  let shownFor: string | null = null;
  const dismissed = new Set<string>();
  const hide = () => {
    if (surface) render(null, surface.container);
    surface?.remove();
    surface = null;
    shownFor = null;
  };
  const show = (account: ActiveAccount) => {
    if (dismissed.has(account.handle) || shownFor === account.handle) return;
    hide();
    shownFor = account.handle;
    surface = createShadowHost(site.ctx, 'guard-notice', NOTICE_CSS, site.doc);
    surface.setTheme(contentSettings.value.theme);
    const choose = (role: AccountRole | null) => {
      dismissed.add(account.handle);
      hide();
      if (role) void registerAccount(site.adapter.network, account, role);
    };
    render(
      <section class="notice" aria-label={tr('guardNoticeLabel')} data-testid="guard-register-notice">
        <p>{tr('guardNoticeText', [displayHandle(account.handle)])}</p>
        <div class="actions">
          <button type="button" class="primary" onClick={() => choose('brand')}>
            {tr('guardNoticeBrand')}
          </button>
          <button type="button" onClick={() => choose('client')}>
            {tr('guardNoticeClient')}
          </button>
          <button type="button" onClick={() => choose('personal')}>
            {tr('guardNoticePersonal')}
          </button>
          <button type="button" onClick={() => choose(null)}>
            {tr('guardNoticeLater')}
          </button>
        </div>
      </section>,
      surface.container,
    );
  };
  return { show, hide };
}
