/**
 * Which of many elements (a feed's comment boxes) are on screen, without the browser computing
 * intersections for all of them on every frame. Elements are kept in document order; only those
 * within a screen of the viewport, and a few on either side of them in document order, are
 * observed. An element that leaves that band is set aside; as the band moves it wakes its
 * neighbours in document order; after a jump that left nothing near, the element at the band's
 * top is found by a binary search. Layout is read only then (a few reads per jump), never per
 * frame or per element.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DocumentOrder } from '@/lib/content/document-order';
import { whenIdle } from '@/lib/content/idle';

/** Elements on either side of the near ones (in document order) that stay observed. */
const NEIGHBOURS = 6;

export interface NearViewport {
  observe(element: HTMLElement): void;
  unobserve(element: HTMLElement): void;
}

export function followOnScreen(
  ctx: ContentScriptContext,
  doc: Document,
  onChange: (entries: { element: HTMLElement; onScreen: boolean }[]) => void,
): NearViewport {
  const view = doc.defaultView ?? window;
  const all = new DocumentOrder();
  const observed = new Set<HTMLElement>();
  const nearNow = new Set<HTMLElement>();
  const screen = new IntersectionObserver((entries) =>
    onChange(entries.map((entry) => ({ element: entry.target as HTMLElement, onScreen: entry.isIntersecting }))),
  );
  const watch = (element: HTMLElement) => {
    if (observed.has(element) || !element.isConnected) return;
    observed.add(element);
    near.observe(element);
  };
  const setAside = (element: HTMLElement) => {
    observed.delete(element);
    near.unobserve(element);
    screen.unobserve(element);
  };
  /** Keeps the neighbours of the near elements observed, and sets aside what is far from them. */
  const settle = (left: HTMLElement[]) => {
    const indices = [...nearNow].map((element) => all.indexOf(element)).filter((index) => index >= 0);
    if (indices.length === 0) {
      for (const element of left) setAside(element);
      return;
    }
    const first = Math.max(0, Math.min(...indices) - NEIGHBOURS);
    const last = Math.max(...indices) + NEIGHBOURS;
    for (const element of all.slice(first, last + 1)) watch(element);
    for (const element of left) {
      const index = all.indexOf(element);
      if (index < first || index > last) setAside(element);
    }
  };
  // One screen above and below.
  const near = new IntersectionObserver(
    (entries) => {
      const left: HTMLElement[] = [];
      for (const entry of entries) {
        const element = entry.target as HTMLElement;
        if (!element.isConnected) {
          all.remove(element);
          nearNow.delete(element);
          setAside(element);
          onChange([{ element, onScreen: false }]);
        } else if (entry.isIntersecting) {
          nearNow.add(element);
          screen.observe(element);
        } else {
          nearNow.delete(element);
          screen.unobserve(element);
          left.push(element);
        }
      }
      settle(left);
      sweepSoon();
    },
    { rootMargin: '100% 0px' },
  );
  // A jump left nothing near (Home, End, a link): the element at the top of the band is found by a
  // binary search in document order (a few layout reads) and it and its neighbours are observed;
  // the band fills from there. Once per scroll: a part of the page with no box near is not searched
  // over and over.
  let scrolls = 0;
  let searchedAt = -1;
  let sweepWanted = false;
  // In an idle moment: the layout is read when the page has laid itself out, and boxes the page
  // just added (observed as they are noticed) may well be the near ones.
  const sweepSoon = () => {
    if (sweepWanted || nearNow.size > 0) return;
    sweepWanted = true;
    whenIdle(() => {
      sweepWanted = false;
      if (!ctx.isInvalid) sweep();
    });
  };
  const sweep = () => {
    if (nearNow.size > 0 || all.size() === 0 || searchedAt === scrolls) return;
    searchedAt = scrolls;
    const above = -view.innerHeight;
    let low = 0;
    let high = all.size();
    while (low < high) {
      const mid = (low + high) >> 1;
      const [element] = all.slice(mid, mid + 1);
      if (element && element.getBoundingClientRect().bottom < above) low = mid + 1;
      else high = mid;
    }
    for (const element of all.slice(Math.max(0, low - NEIGHBOURS), low + NEIGHBOURS * 2)) watch(element);
  };
  ctx.addEventListener(
    view,
    'scroll',
    () => {
      scrolls += 1;
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(view, 'scrollend', sweepSoon, { capture: true, passive: true });
  ctx.addEventListener(
    view,
    'resize',
    () => {
      scrolls += 1;
      sweepSoon();
    },
    { passive: true },
  );
  ctx.onInvalidated(() => {
    near.disconnect();
    screen.disconnect();
  });
  return {
    observe(element) {
      all.add(element);
      watch(element);
    },
    unobserve(element) {
      all.remove(element);
      nearNow.delete(element);
      setAside(element);
    },
  };
}
