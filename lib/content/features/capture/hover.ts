import { afterNextFrame } from '@/lib/content/after-frame';
import type { CaptureOverlay } from '@/lib/content/features/capture/overlay';
import type { SiteContext } from '@/lib/content/site-context';
import { closestAny } from '@/lib/sites/shared/query';
import type { ScrapedPost } from '@/lib/sites/types';

const closestRoot = (element: Element, selector: string) => closestAny(element, selector);

/** Time to move the pointer from a post to its control (which sits just outside the post). */
const HIDE_DELAY_MS = 400;

export interface HoverControl {
  /** The post the control is shown for, if any. */
  current(): ScrapedPost | null;
  /** Updates the control's "captured" state and position (after a capture, a scan, a scroll). */
  refresh(): void;
}

/**
 * Shows the one floating capture control beside the post the pointer is over, or the post that
 * holds the keyboard focus, and hides it when the user leaves. Places it again after a scroll or
 * resize (once per frame at most, after the frame: lib/content/after-frame.ts).
 */
export function followHoverAndFocus(
  site: SiteContext,
  overlay: CaptureOverlay,
  isCaptured: (post: ScrapedPost) => boolean,
): HoverControl {
  const { ctx, doc } = site;
  let shown: ScrapedPost | null = null;
  let hideTimer: number | undefined;
  const { isOurs } = overlay;

  // Added posts are examined only while a control is shown (a site may replace that post).
  let unwatch: (() => void) | undefined;
  const show = (post: ScrapedPost | null) => {
    if (hideTimer !== undefined) clearTimeout(hideTimer);
    hideTimer = undefined;
    if (post === shown || (post && shown && post.element === shown.element)) return;
    shown = post;
    overlay.showControl(post?.element ?? null, post ? isCaptured(post) : false);
    if (post) unwatch ??= site.watch(postSelector, followReplacedPost, { existing: false });
    else {
      unwatch?.();
      unwatch = undefined;
    }
  };
  const hideSoon = () => {
    if (hideTimer !== undefined || !shown) return;
    hideTimer = ctx.setTimeout(() => {
      hideTimer = undefined;
      show(site.postFrom(doc.activeElement));
    }, HIDE_DELAY_MS);
  };
  const { postSelector } = site.adapter;
  /** The post under node: the one shown when node is in the same post root (no second read). */
  const postAt = (node: Node | null): ScrapedPost | null => {
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    if (!element) return null;
    if (shown?.element.isConnected && closestRoot(element, postSelector) === shown.element) return shown;
    return site.postFrom(element);
  };

  ctx.addEventListener(
    doc,
    'pointerover',
    (event) => {
      const target = event.target as Node;
      if (isOurs(target)) return show(shown);
      const post = postAt(target);
      if (post) show(post);
      else hideSoon();
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(
    doc,
    'focusin',
    (event) => {
      const target = event.target as Node;
      if (isOurs(target)) return;
      const post = postAt(target);
      if (post) show(post);
    },
    { capture: true },
  );
  ctx.addEventListener(doc, 'focusout', (event) => {
    const next = (event as FocusEvent).relatedTarget as Node | null;
    if (!isOurs(next) && !postAt(next)) hideSoon();
  });
  const repositionAfterFrame = afterNextFrame(ctx, () => overlay.reposition());
  const schedule = () => {
    // Nothing on screen to move: scrolling costs the page nothing.
    if (shown || overlay.hasHighlights()) repositionAfterFrame();
  };
  ctx.addEventListener(window, 'scroll', schedule, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', schedule, { passive: true });
  function followReplacedPost(added: HTMLElement[]) {
    if (!shown) return;
    if (shown.element.isConnected) return schedule();
    // The site replaced the post's element: follow the new one (among those just added), or hide.
    const was = shown;
    const same = added
      .map((element) => (element.matches(postSelector) ? site.postFrom(element) : null))
      .find((post) => post?.id === was.id && post.element.isConnected);
    show(same ?? null);
  }

  return {
    current: () => (shown?.element.isConnected ? shown : null),
    refresh() {
      if (shown) overlay.setCaptured(isCaptured(shown));
      schedule();
    },
  };
}
