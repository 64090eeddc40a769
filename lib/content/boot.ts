import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from '@/lib/browser';
import { CONTENT_FEATURES } from '@/lib/content/features';
import { startFeaturesPerPage } from '@/lib/content/page-lifetime';
import { startSiteSession } from '@/lib/content/site-session';
import { settingsAtStart, storedSettings } from '@/lib/content/stored-settings';
import { installListenerCount } from '@/lib/content/test-hooks';
import { PAGE_TEXT_PREFIXES } from '@/lib/content/ui/page-text-prefixes';
import { limitPageTexts } from '@/lib/content/ui/texts';
import { resolveLocale } from '@/lib/i18n/format';
import { sendToBackground } from '@/lib/messaging/content-sender';
import type { Settings } from '@/lib/settings/schema';
import type { SiteAdapter } from '@/lib/sites/types';

/** The performance measure the page's timeline gets when the content script is ready. */
export const READY_MEASURE = 'cm-companion:ready';

/** Marks the page's root so users (and tests) can see the extension is active and in which language. */
function markPage(adapter: SiteAdapter, settings: Settings): void {
  const root = document.documentElement;
  root.dataset.cmCompanion = adapter.network;
  root.dataset.cmCompanionLocale = resolveLocale(settings.language, browser.i18n.getUILanguage());
}

/**
 * The start of every network's content script: checks the page is the network's, reports it to
 * the background, follows settings live and single-page navigation, and runs the site session.
 * Everything is torn down through ctx.signal.
 */
export async function bootContentScript(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  // A Mastodon script runs on a host the user named: do nothing unless the page really is Mastodon.
  if (!adapter.isNetworkPage(document)) return;
  const started = performance.now();
  installListenerCount();
  limitPageTexts(PAGE_TEXT_PREFIXES);
  const hello = () =>
    sendToBackground('pageHello', { network: adapter.network, url: location.href }).catch(() => undefined);
  ctx.addEventListener(window, 'wxt:locationchange', () => void hello());
  // Features start without waiting for extension storage: each follows its own settings as they
  // arrive. Those the user reaches a moment later start in the page's idle moments (≤ 5 ms slices).
  const site = startSiteSession(ctx, adapter);
  const allStarted = startFeaturesPerPage(site, CONTENT_FEATURES);
  // From the script's start to the features that must hold at once listening, for `npm run bench`.
  performance.measure(READY_MEASURE, { start: started, end: performance.now() });
  const unwatch = storedSettings.watch((settings) => markPage(adapter, settings));
  ctx.onInvalidated(() => {
    unwatch();
    delete document.documentElement.dataset.cmCompanion;
    delete document.documentElement.dataset.cmCompanionLocale;
  });
  // The page is marked once the settings are read and every feature listens: what the browser tests wait for.
  const [settings] = await Promise.all([settingsAtStart(), allStarted]);
  markPage(adapter, settings);
  await hello();
}
