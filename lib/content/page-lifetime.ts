/**
 * One page of a single-page site is one lifetime: every content feature starts again on each page
 * with a context whose signal aborts on in-page navigation (`wxt:locationchange`), so the
 * listeners, observers, timers and UI it added for the page go with it. As refined-github does,
 * and written once here: a feature adds its listeners through `site.ctx` as before.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentFeature, SiteContext } from '@/lib/content/site-context';

/**
 * `ctx` narrowed to `signal`: listeners, timers and teardown callbacks end when it aborts. A
 * feature learns that its page ended through `onInvalidated`, not by listening for navigation.
 */
export function pageContext(ctx: ContentScriptContext, signal: AbortSignal): ContentScriptContext {
  const page = Object.create(ctx) as ContentScriptContext;
  /** A timer that the page's end clears; its abort listener goes once the timer has run. */
  const pageTimer = <T>(start: (run: () => void) => T, clear: (handle: T) => void, callback: () => void): T => {
    const stop = () => clear(handle);
    const handle = start(() => {
      signal.removeEventListener('abort', stop);
      callback();
    });
    signal.addEventListener('abort', stop, { once: true });
    return handle;
  };
  // WXT's context exposes these as getters: define them (assigning over a getter throws).
  Object.defineProperties(page, {
    signal: { get: () => signal },
    isValid: { get: () => !signal.aborted },
    isInvalid: { get: () => signal.aborted },
  });
  return Object.assign(page, {
    addEventListener(
      target: EventTarget,
      type: string,
      handler: (event: Event) => void,
      options?: AddEventListenerOptions,
    ) {
      target.addEventListener(type, handler, { ...options, signal });
    },
    setTimeout: (handler: () => void, ms?: number) =>
      pageTimer((run) => ctx.setTimeout(run, ms), clearTimeout, handler),
    setInterval(handler: () => void, ms?: number) {
      const handle = ctx.setInterval(handler, ms);
      signal.addEventListener('abort', () => clearInterval(handle), { once: true });
      return handle;
    },
    requestAnimationFrame: (callback: FrameRequestCallback) =>
      pageTimer(
        (run) => ctx.requestAnimationFrame(run),
        cancelAnimationFrame,
        () => callback(performance.now()),
      ),
    onInvalidated(callback: () => void) {
      signal.addEventListener('abort', callback, { once: true });
      return () => signal.removeEventListener('abort', callback);
    },
  });
}

/**
 * Starts every feature for the current page, and again for each page the site navigates to,
 * after aborting the previous page's signal.
 */
export function startFeaturesPerPage(site: SiteContext, features: readonly ContentFeature[]): void {
  let current: AbortController | undefined;
  const startPage = () => {
    current?.abort();
    current = new AbortController();
    const signal = AbortSignal.any([site.ctx.signal, current.signal]);
    const untilPageEnds = (unsubscribe: () => unknown) => {
      const stop = () => {
        signal.removeEventListener('abort', stop);
        unsubscribe();
      };
      signal.addEventListener('abort', stop, { once: true });
      return stop;
    };
    const page: SiteContext = {
      ...site,
      ctx: pageContext(site.ctx, signal),
      onAccount: (callback) => untilPageEnds(site.onAccount(callback)),
      watch: (selector, callback, options) => untilPageEnds(site.watch(selector, callback, options)),
    };
    for (const feature of features) feature(page);
  };
  startPage();
  site.ctx.addEventListener(window, 'wxt:locationchange', startPage);
}
