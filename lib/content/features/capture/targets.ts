import type { SiteContext } from '@/lib/content/site-context';
import type { ScrapedPost } from '@/lib/sites/types';

/** The innermost post or comment that holds this node (a comment inside a post wins), read alone. */
export function findPost(site: SiteContext, node: Node | null): ScrapedPost | null {
  return node?.isConnected ? site.postFrom(node) : null;
}

export interface PointerTracker {
  /** The post under the pointer or holding the focus, whichever the user touched last. */
  commandTarget(): ScrapedPost | null;
  /** The post that was right-clicked last, if the page still shows it. */
  menuTarget(): ScrapedPost | null;
}

/**
 * Follows where the user is: the last pointer position, the focused element and the target of
 * the last context menu. Listeners are passive and cheap: they only record.
 */
export function trackPointer(site: SiteContext, isOurs: (node: Node) => boolean): PointerTracker {
  const { ctx, doc } = site;
  let pointer: { x: number; y: number; at: number } | null = null;
  let focusAt = 0;
  let menu: { node: Node; x: number; y: number } | null = null;

  ctx.addEventListener(
    doc,
    'pointermove',
    (event) => {
      pointer = { x: event.clientX, y: event.clientY, at: performance.now() };
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(
    doc,
    'focusin',
    (event) => {
      if (!isOurs(event.target as Node)) focusAt = performance.now();
    },
    { capture: true },
  );
  ctx.addEventListener(
    doc,
    'contextmenu',
    (event) => {
      menu = { node: event.target as Node, x: event.clientX, y: event.clientY };
    },
    { capture: true, passive: true },
  );

  const underPointer = () => {
    if (!pointer) return null;
    const node = doc.elementsFromPoint(pointer.x, pointer.y).find((element) => !isOurs(element)) ?? null;
    return findPost(site, node);
  };
  const inFocus = () => {
    const active = doc.activeElement;
    return active && active !== doc.body && !isOurs(active) ? findPost(site, active) : null;
  };

  return {
    commandTarget() {
      const pointed = underPointer();
      const focused = inFocus();
      if (pointed && focused) return (pointer?.at ?? 0) >= focusAt ? pointed : focused;
      return pointed ?? focused;
    },
    menuTarget() {
      if (!menu) return null;
      const direct = menu.node.isConnected ? findPost(site, menu.node) : null;
      if (direct) return direct;
      // The site re-rendered the post since the right-click: look again at the same point.
      const again = doc.elementsFromPoint(menu.x, menu.y).find((element) => !isOurs(element)) ?? null;
      return findPost(site, again);
    },
  };
}
