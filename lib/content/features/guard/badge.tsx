import { effect } from '@preact/signals';
import { render } from 'preact';
import { accountLine } from '@/lib/content/features/guard/labels';
import { guardAccounts, guardLoaded, guardSettings } from '@/lib/content/features/guard/state';
import { BADGE_CSS } from '@/lib/content/features/guard/styles';
import type { SiteContext } from '@/lib/content/site-context';
import { contentSettings, tr } from '@/lib/content/ui/locale';
import { createShadowHost } from '@/lib/content/ui/shadow-host';
import { findRegistered } from '@/lib/guard/handles';

/** Badges shown at once at most (a feed can hold dozens of closed comment boxes). */
const MAX_BADGES = 8;

interface Placed {
  key: number;
  top: number;
  left: number;
}

/**
 * The identity badge: "Posting as @acme · Brand" in the account's colour, at the top right of
 * every visible composer. It takes no clicks and hides when turned off in Settings.
 */
export function startIdentityBadges(site: SiteContext): void {
  const surface = createShadowHost(site.ctx, 'guard-badges', BADGE_CSS, site.doc);
  let frame = 0;
  // What is on screen, so a scan that changed nothing the badge shows does no DOM work.
  let shown = '';
  const draw = () => {
    frame = 0;
    const { account } = site.findings();
    if (!guardSettings.value.showBadge || !guardLoaded.value || !account.account) {
      if (shown !== '') render(null, surface.container);
      shown = '';
      return;
    }
    const registered = findRegistered(guardAccounts.value, site.adapter.network, account.account);
    const text = tr('guardBadge', [accountLine(account.account.handle, registered)]);
    const placed: Placed[] = [];
    const height = site.doc.defaultView?.innerHeight ?? 0;
    site.findings().composers.forEach((composer, key) => {
      const rect = composer.element.getBoundingClientRect();
      if (placed.length >= MAX_BADGES || rect.width === 0 || rect.bottom < 0 || rect.top > height) return;
      placed.push({ key, top: Math.max(rect.top - 2, 20), left: rect.right });
    });
    const signature = JSON.stringify([text, registered?.colour, contentSettings.value.theme, placed]);
    if (signature === shown) return;
    shown = signature;
    surface.setTheme(contentSettings.value.theme);
    render(
      <div class="badges">
        {placed.map((place) => (
          <div
            key={place.key}
            class={`badge ${registered ? '' : 'is-unknown'}`}
            data-testid="guard-badge"
            style={{ top: `${place.top}px`, left: `${place.left}px`, '--badge-colour': registered?.colour }}
          >
            <span class="dot" aria-hidden="true" />
            {text}
          </div>
        ))}
      </div>,
      surface.container,
    );
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  site.onScan(schedule);
  const stop = effect(() => {
    // Subscribes to the registry, the switches and the language.
    void guardAccounts.value;
    void guardSettings.value;
    void guardLoaded.value;
    void contentSettings.value;
    schedule();
  });
  site.ctx.onInvalidated(stop);
  site.ctx.addEventListener(window, 'scroll', schedule, { capture: true, passive: true });
  site.ctx.addEventListener(window, 'resize', schedule, { passive: true });
}
