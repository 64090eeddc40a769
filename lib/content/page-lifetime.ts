/**
 * One page of a single-page site is one lifetime: every content feature starts again on each page
 * with a context whose signal aborts on in-page navigation (`wxt:locationchange`), so the
 * listeners, observers, timers and UI it added for the page go with it. As refined-github does,
 * and written once here: a feature adds its listeners through `site.ctx` as before.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { idleQueue } from '@/lib/content/idle';
import type { ContentFeature, ContentFeatures, SiteContext } from '@/lib/content/site-context';

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

/** The measure the page's timeline gets for each idle slice that starts features. */
export const IDLE_START_MEASURE = 'cm-companion:idle-start';

/**
 * Starts every feature for the current page, and again for each page the site navigates to,
 * after aborting the previous page's signal. On the page the script starts on, the `whenIdle`
 * group starts in the page's idle moments, in slices of at most SLICE_MS (idle.ts), so the page's
 * own start is not held by ours; the promise resolves once they have all started (or the page ended).
 */
export function startFeaturesPerPage(site: SiteContext, features: ContentFeatures): Promise<void> {
  let current: AbortController | undefined;
  const startPage = (first: boolean) => {
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
    for (const feature of features.atOnce) feature(page);
    if (!first) {
      for (const feature of features.whenIdle) feature(page);
      return Promise.resolve();
    }
    return startWhenIdle(page, features.whenIdle, signal);
  };
  const started = startPage(true);
  site.ctx.addEventListener(window, 'wxt:locationchange', () => void startPage(false));
  return started;
}

function startWhenIdle(page: SiteContext, features: readonly ContentFeature[], signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    let sliceStart: number | null = null;
    const queue = idleQueue<ContentFeature>(
      signal,
      (feature) => {
        sliceStart ??= performance.now();
        feature(page);
      },
      () => {
        if (sliceStart !== null) performance.measure(IDLE_START_MEASURE, { start: sliceStart, end: performance.now() });
        sliceStart = null;
        if (queue.size() === 0) resolve();
      },
    );
    signal.addEventListener('abort', () => resolve(), { once: true });
    for (const feature of features) queue.push(feature);
    if (features.length === 0) resolve();
  });
}
