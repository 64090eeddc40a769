import { afterNextFrame } from '@/lib/content/after-frame';
import { accountLine } from '@/lib/content/features/guard/labels';
import { guardAccounts, guardLoaded, guardSettings } from '@/lib/content/features/guard/state';
import { BADGE_CSS } from '@/lib/content/features/guard/styles';
import type { SiteContext } from '@/lib/content/site-context';
import { watchCells } from '@/lib/content/ui/cell';
import { createShadowHost } from '@/lib/content/ui/shadow-host';
import { pageSettings, pageTexts, tr } from '@/lib/content/ui/texts';
import { deepActiveElement } from '@/lib/dom/caret';
import { findRegistered } from '@/lib/guard/handles';

/** Boxes with a badge at most: the ones the user focused last. */
const MAX_BADGES = 8;

interface Placed {
  key: number;
  top: number;
  left: number;
  fixed: boolean;
}

/** How a box moves: with the document, with the window (a fixed container), or both (sticky). */
type Anchor = 'page' | 'fixed' | 'sticky';

function anchorOf(element: HTMLElement): Anchor {
  const view = element.ownerDocument.defaultView;
  // The positioned ancestors are the offset parents: a fixed or sticky container is among them.
  for (let at: Element | null = element; at && view; at = at instanceof HTMLElement ? at.offsetParent : null) {
    const { position } = view.getComputedStyle(at);
    if (position === 'fixed') return 'fixed';
    if (position === 'sticky') return 'sticky';
  }
  return 'page';
}

/**
 * The identity badge: "Posting as @acme · Brand" in the account's colour, at the top right of
 * the boxes the user is writing in: a box gets its badge when it gets the focus (or had it before
 * the feature started), before a word is typed, and keeps it while it is on the page. A feed's
 * closed comment boxes get none while the user only reads (the first law: nothing in proportion
 * to the feed, and the in-page UI appears when needed). It takes no clicks and hides when turned
 * off in Settings. Badges are anchored to the document, so scrolling redraws nothing (a box in a
 * sticky container or an inner scroller aside); they are measured again when a scroll ends, in
 * case the page moved the box, and show the account as last read (read again on each focus).
 */
export function startIdentityBadges(site: SiteContext): void {
  let surface: ReturnType<typeof createShadowHost> | undefined;
  // What is on screen, so a redraw that changed nothing the badge shows does no DOM work.
  let shown = '';
  /** The boxes the user focused, the last first. */
  let boxes: HTMLElement[] = [];
  const keys = new WeakMap<HTMLElement, number>();
  /** How each box moves, read at its first redraw (when layout is read anyway). */
  const anchors = new WeakMap<HTMLElement, Anchor>();
  let nextKey = 0;
  const clear = () => {
    if (shown !== '') surface?.container.replaceChildren();
    shown = '';
  };
  const draw = () => {
    boxes = boxes.filter((element) => element.isConnected);
    const account = site.knownAccount();
    if (!guardSettings.get().showBadge || !guardLoaded.get() || !account.account || boxes.length === 0) return clear();
    const registered = findRegistered(guardAccounts.get(), site.adapter.network, account.account);
    const text = tr('guardBadge', [accountLine(account.account.handle, registered)]);
    // The texts are on their way (asked for by this first use): drawn once they are here.
    if (!text) return clear();
    const placed: Placed[] = [];
    const view = site.doc.defaultView;
    const height = view?.innerHeight ?? 0;
    const scrollX = view?.scrollX ?? 0;
    const scrollY = view?.scrollY ?? 0;
    for (const element of boxes) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.bottom < 0 || rect.top > height) continue;
      const anchor = anchors.get(element) ?? anchorOf(element);
      anchors.set(element, anchor);
      const fixed = anchor !== 'page';
      const top = Math.max(rect.top - 2, 20) + (fixed ? 0 : scrollY);
      placed.push({ key: keys.get(element) ?? 0, top, left: rect.right + (fixed ? 0 : scrollX), fixed });
    }
    const signature = JSON.stringify([text, registered?.colour, pageSettings.get().theme, placed]);
    if (signature === shown) return;
    shown = signature;
    surface ??= createShadowHost(site.ctx, 'guard-badges', BADGE_CSS, site.doc);
    surface.setTheme(pageSettings.get().theme);
    // Plain DOM: the badge is on every page with a box, and must not bring a UI library with it.
    const layer = site.doc.createElement('div');
    layer.className = 'badges';
    for (const place of placed) {
      const badge = site.doc.createElement('div');
      badge.className = `badge${registered ? '' : ' is-unknown'}${place.fixed ? ' is-fixed' : ''}`;
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
  // Measured after the frame, where the page's layout is done (lib/content/after-frame.ts).
  const schedule = afterNextFrame(site.ctx, draw);
  const engage = (element: HTMLElement) => {
    if (!keys.has(element)) keys.set(element, nextKey++);
    // Read again at the next redraw: the site may have moved the box into another container.
    anchors.delete(element);
    boxes = [element, ...boxes.filter((other) => other !== element)].slice(0, MAX_BADGES);
    schedule();
  };
  // The boxes focused before this feature started, and the one holding the focus now.
  for (const composer of site.touchedComposers().reverse()) engage(composer.element);
  const focused = site.composerFrom(deepActiveElement(site.doc));
  if (focused) engage(focused.element);
  site.ctx.addEventListener(
    site.doc,
    'focusin',
    (event) => {
      const box = site.composerFrom(event.composedPath()[0] as Node);
      if (!box) return;
      // A focus is the user's: the moment to read the account again (onAccount redraws if it changed).
      site.account();
      engage(box.element);
    },
    { capture: true },
  );
  site.onAccount(schedule);
  // Follows the registry, the switches, the theme and the language.
  const stop = watchCells([guardAccounts, guardSettings, guardLoaded, pageSettings, pageTexts], schedule);
  site.ctx.onInvalidated(stop);
  site.ctx.onInvalidated(() => surface?.remove());
  // The document's own scroll moves badges with their boxes; only a sticky box, or boxes in an
  // inner scroller, need a redraw while it scrolls.
  const follow = (event: Event) => {
    if (boxes.length === 0) return;
    const target = event.target;
    const ofDocument = target === site.doc || target === site.doc.documentElement || target === site.doc.body;
    if (!ofDocument || boxes.some((element) => anchors.get(element) === 'sticky')) schedule();
  };
  site.ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
  const measureAgain = () => boxes.length > 0 && schedule();
  site.ctx.addEventListener(window, 'scrollend', measureAgain, { capture: true, passive: true });
  site.ctx.addEventListener(window, 'resize', measureAgain, { passive: true });
}
