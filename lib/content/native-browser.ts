/**
 * What content scripts get for `wxt/browser` (wxt.config.ts swaps it in for content-script builds
 * only): the browser's own extension API. In Manifest V3 Chrome's `chrome.*` and Firefox's
 * `browser.*` return promises for everything a content script calls (runtime.sendMessage,
 * storage.local, i18n), and runtime.onMessage is answered with `sendResponse`
 * (lib/content/message-dispatch.ts asRuntimeListener), so the 2.7 kB gzip of
 * webextension-polyfill need not load on every page. Pages and the background keep the polyfill.
 */
import type { browser as polyfilled } from '@/lib/browser';

type Api = typeof polyfilled;

const globals = globalThis as unknown as { browser?: Api; chrome?: Api };

export const browser: Api = (globals.browser?.runtime ? globals.browser : globals.chrome) as Api;
export default browser;
