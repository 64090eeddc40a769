/**
 * The "Capture to inbox" item of the page's context menu (on a post, a link or a selection).
 * The background owns the menu; the tab's content script knows what was right-clicked, so a click
 * on the item only asks that tab (and frame) to capture its last right-clicked post.
 */
import { browser } from '@/lib/browser';
import { resolveLocale, translate } from '@/lib/i18n';
import { sendToTab } from '@/lib/messaging/content-client';
import type { ContentResponses } from '@/lib/messaging/content-protocol';
import { manifestHostPatterns } from '@/lib/networks';
import { readSettings, watchSettings } from '@/lib/settings/store';

export const CAPTURE_MENU_ID = 'cmc-capture-to-inbox';

/** The item's title in the language chosen in Settings (browser.i18n only knows the browser's). */
async function menuTitle(): Promise<string> {
  const { language } = await readSettings();
  return translate(resolveLocale(language, browser.i18n.getUILanguage()), 'captureMenuTitle');
}

/** The hosts the item shows on: the fixed networks and the Mastodon servers the user added. */
async function menuPatterns(): Promise<string[]> {
  const { mastodonInstances } = await readSettings();
  return [...manifestHostPatterns(), ...mastodonInstances.map((host) => `https://${host}/*`)];
}

let pending: Promise<void> = Promise.resolve();

/** Creates the item, or updates its title and hosts; calls run one after another. */
export function createCaptureMenu(): Promise<void> {
  pending = pending.then(async () => {
    const properties = { title: await menuTitle(), documentUrlPatterns: await menuPatterns() };
    try {
      await browser.contextMenus.update(CAPTURE_MENU_ID, properties);
    } catch {
      await new Promise<void>((done) => {
        browser.contextMenus.create(
          { id: CAPTURE_MENU_ID, contexts: ['page', 'link', 'selection'], ...properties },
          // Reading lastError here keeps Chrome from logging it ("duplicate id" after a race).
          () => done(void browser.runtime.lastError),
        );
      });
    }
  });
  return pending;
}

/** Asks the clicked tab's content script to capture the post that was right-clicked. */
export async function captureFromMenuClick(
  info: { menuItemId: string | number; frameId?: number },
  tab: { id?: number } | undefined,
): Promise<ContentResponses['captureMenuTarget'] | null> {
  if (info.menuItemId !== CAPTURE_MENU_ID || tab?.id === undefined) return null;
  // Null when no content script is in that tab (a page loaded before the extension): nothing to capture.
  return sendToTab(tab.id, 'captureMenuTarget', {}, info.frameId ?? 0);
}

/**
 * Sets up the menu item and its click listener. Listeners are registered synchronously, at the
 * worker's top level, so a click that wakes the worker is not lost.
 */
export function setupCaptureContextMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => void captureFromMenuClick(info, tab));
  // Menus outlive the worker; creating at each start (not only at install) also covers a
  // browser that dropped them, and costs one update call.
  void createCaptureMenu();
  // A language switch or a new Mastodon server changes the title or where the item shows.
  watchSettings(() => void createCaptureMenu());
}
