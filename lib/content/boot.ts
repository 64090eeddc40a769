import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from '../browser';
import { resolveLocale } from '../i18n';
import { sendToBackground } from '../messaging/client';
import type { Network } from '../networks';
import type { Settings } from '../settings/schema';
import { readSettings, watchSettings } from '../settings/store';

/** Marks the page's root so users (and tests) can see the extension is active and in which language. */
function markPage(network: Network, settings: Settings): void {
  const root = document.documentElement;
  root.dataset.cmCompanion = network;
  root.dataset.cmCompanionLocale = resolveLocale(settings.language, browser.i18n.getUILanguage());
}

/**
 * The start of every network's content script: reports the page to the background, follows
 * settings live and single-page navigation, and tears everything down through ctx.signal.
 * The site logic itself (identity, composers, posts) arrives with the site layer.
 */
export async function bootContentScript(ctx: ContentScriptContext, network: Network): Promise<void> {
  const hello = () => sendToBackground('pageHello', { network, url: location.href }).catch(() => undefined);
  markPage(network, await readSettings());
  const unwatch = watchSettings((settings) => markPage(network, settings));
  ctx.onInvalidated(() => {
    unwatch();
    delete document.documentElement.dataset.cmCompanion;
    delete document.documentElement.dataset.cmCompanionLocale;
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => void hello());
  await hello();
}
