import { accountLine } from '@/lib/content/features/guard/labels';
import { guardAccounts, guardLoaded, guardSettings } from '@/lib/content/features/guard/state';
import { BADGE_CSS } from '@/lib/content/features/guard/styles';
import type { SiteContext } from '@/lib/content/site-context';
import { watchCells } from '@/lib/content/ui/cell';
import { createShadowHost } from '@/lib/content/ui/shadow-host';
import { pageSettings, pageTexts, tr } from '@/lib/content/ui/texts';
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
 * every visible composer. It takes no clicks and hides when turned off in Settings. Boxes are
 * noticed as they appear (site.watch) and an IntersectionObserver keeps the ones on screen: a
 * redraw measures those alone, and shows the account as last read (read again when a box is
 * focused, the page changes, or a feature reads it).
 */
export function startIdentityBadges(site: SiteContext): void {
  const surface = createShadowHost(site.ctx, 'guard-badges', BADGE_CSS, site.doc);
  let frame = 0;
  // What is on screen, so a scan that changed nothing the badge shows does no DOM work.
  let shown = '';
  /** Boxes on screen, in the order they were seen (a stable key per box). */
  const onScreen = new Set<HTMLElement>();
  const keys = new WeakMap<HTMLElement, number>();
  const boxes = new WeakMap<HTMLElement, boolean>();
  let nextKey = 0;
  const draw = () => {
    frame = 0;
    const account = site.knownAccount();
    if (!guardSettings.get().showBadge || !guardLoaded.get() || !account.account) {
      if (shown !== '') surface.container.replaceChildren();
      shown = '';
      return;
    }
    const registered = findRegistered(guardAccounts.get(), site.adapter.network, account.account);
    const text = tr('guardBadge', [accountLine(account.account.handle, registered)]);
    const placed: Placed[] = [];
    const height = site.doc.defaultView?.innerHeight ?? 0;
    for (const element of onScreen) {
      if (!element.isConnected) {
        onScreen.delete(element);
        continue;
      }
      const rect = element.getBoundingClientRect();
      if (placed.length >= MAX_BADGES || rect.width === 0 || rect.bottom < 0 || rect.top > height) continue;
      placed.push({ key: keys.get(element) ?? 0, top: Math.max(rect.top - 2, 20), left: rect.right });
    }
    const signature = JSON.stringify([text, registered?.colour, pageSettings.get().theme, placed]);
    if (signature === shown) return;
    shown = signature;
    surface.setTheme(pageSettings.get().theme);
    // Plain DOM: the badge is on every page with a box, and must not bring a UI library with it.
    const layer = site.doc.createElement('div');
    layer.className = 'badges';
    for (const place of placed) {
      const badge = site.doc.createElement('div');
      badge.className = `badge ${registered ? '' : 'is-unknown'}`;
      badge.dataset.testid = 'guard-badge';
      badge.dataset.key = String(place.key);
      badge.style.top = `${place.top}px`;
      badge.style.left = `${place.left}px`;
      if (registered?.colour) badge.style.setProperty('--badge-colour', registered.colour);
      const dot = site.doc.createElement('span');
      dot.className = 'dot';
      dot.setAttribute('aria-hidden', 'true');
      badge.append(dot, text);
      layer.append(badge);
    }
    surface.container.replaceChildren(layer);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  const intersections = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const element = entry.target as HTMLElement;
      // A root the adapter does not take as a box (YouTube's closed placeholder) gets no badge;
      // each box is read once, when it first comes on screen.
      let isBox = boxes.get(element);
      if (isBox === undefined) {
        isBox = site.composerFrom(element)?.element === element;
        boxes.set(element, isBox);
      }
      if (entry.isIntersecting && isBox) onScreen.add(element);
      else {
        onScreen.delete(element);
        if (!element.isConnected) intersections.unobserve(element);
      }
    }
    schedule();
  });
  site.ctx.onInvalidated(() => intersections.disconnect());
  site.watch(site.adapter.composerSelector, (added) => {
    for (const box of added) {
      if (keys.has(box)) continue;
      keys.set(box, nextKey++);
      intersections.observe(box);
    }
  });
  // A box that became one since it was first seen (the site opened it): the focus says so.
  site.ctx.addEventListener(
    site.doc,
    'focusin',
    (event) => {
      const box = site.composerFrom(event.composedPath()[0] as Node);
      if (!box) return;
      // A focus is the user's: the moment to read the account again (onAccount redraws if it changed).
      site.account();
      boxes.set(box.element, true);
      if (!keys.has(box.element)) {
        keys.set(box.element, nextKey++);
        intersections.observe(box.element);
      }
      onScreen.add(box.element);
      schedule();
    },
    { capture: true },
  );
  site.onAccount(schedule);
  // Follows the registry, the switches, the theme and the language.
  const stop = watchCells([guardAccounts, guardSettings, guardLoaded, pageSettings, pageTexts], schedule);
  site.ctx.onInvalidated(stop);
  // Only boxes on screen are measured: scrolling a feed with no box in view costs nothing.
  const follow = () => onScreen.size > 0 && schedule();
  site.ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
  site.ctx.addEventListener(window, 'resize', follow, { passive: true });
}
