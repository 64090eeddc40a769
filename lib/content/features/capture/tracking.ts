import { postKey } from '@/lib/capture/build';
import { type CompiledKeyword, compileKeywords, matchKeywords } from '@/lib/capture/keywords';
import {
  type CaptureSettings,
  DEFAULT_CAPTURE_SETTINGS,
  readCaptureSettings,
  watchCaptureSettings,
} from '@/lib/capture/settings';
import type { CaptureFlow } from '@/lib/content/features/capture/capture-flow';
import type { CaptureOverlay, Highlight } from '@/lib/content/features/capture/overlay';
import type { SiteContext } from '@/lib/content/site-context';
import type { ScrapedPost } from '@/lib/sites/types';

/** How often, at most, the posts on screen are checked again while the user scrolls. */
const SCROLL_CHECK_MS = 300;

/**
 * Tracked keywords on the page: posts on screen that mention one are outlined (when highlighting
 * is on), and with the opt-in switch they are captured, at most once each for as long as this
 * page's script lives (an SPA session); the inbox's dedupe keeps a later capture to one item.
 */
export function trackKeywords(site: SiteContext, overlay: CaptureOverlay, flow: CaptureFlow): void {
  const { ctx, doc } = site;
  let settings: CaptureSettings = DEFAULT_CAPTURE_SETTINGS;
  let compiled: CompiledKeyword[] = [];
  const autoCaptured = new Set<string>();
  // Matching is cached per element and text: an infinite feed is rescanned often.
  let cache = new WeakMap<HTMLElement, { text: string; keywords: string[] }>();
  let lastCheck = 0;
  let pendingCheck: number | undefined;

  const matchesOf = (post: ScrapedPost): string[] => {
    const cached = cache.get(post.element);
    if (cached?.text === post.text) return cached.keywords;
    const keywords = matchKeywords(post.text, compiled);
    cache.set(post.element, { text: post.text, keywords });
    return keywords;
  };
  const onScreen = (element: HTMLElement) => {
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.bottom > 0 && rect.top < doc.documentElement.clientHeight;
  };

  const check = () => {
    lastCheck = performance.now();
    if (compiled.length === 0) return overlay.setHighlights([]);
    const highlights: Highlight[] = [];
    for (const post of site.findings().posts) {
      if (!post.element.isConnected || !onScreen(post.element)) continue;
      const keywords = matchesOf(post);
      if (keywords.length === 0) continue;
      const key = postKey(post);
      if (settings.highlight) highlights.push({ key, element: post.element, keywords });
      if (settings.autoCapture && !autoCaptured.has(key)) {
        autoCaptured.add(key);
        void flow.capture(post, 'auto', keywords[0]);
      }
    }
    overlay.setHighlights(highlights);
  };
  const checkSoon = () => {
    if (pendingCheck !== undefined) return;
    const wait = Math.max(0, SCROLL_CHECK_MS - (performance.now() - lastCheck));
    pendingCheck = ctx.setTimeout(() => {
      pendingCheck = undefined;
      check();
    }, wait);
  };

  const apply = (next: CaptureSettings) => {
    settings = next;
    compiled = compileKeywords(next.keywords);
    cache = new WeakMap();
    check();
  };
  void readCaptureSettings().then(apply);
  const unwatch = watchCaptureSettings(apply);
  ctx.onInvalidated(unwatch);
  site.onScan(() => check());
  ctx.addEventListener(window, 'scroll', checkSoon, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', checkSoon, { passive: true });
}
