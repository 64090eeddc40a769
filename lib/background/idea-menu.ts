/**
 * The "Save as idea" item of the context menu, on every page (a post, a link, a selection, or the
 * page itself). On a network's page the content script saves the right-clicked post (with the
 * selection); anywhere else, or where no post was under the click, the background saves the
 * link, the selection and the page's title, and a notification says so.
 */
import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { saveIdea } from '@/lib/background/handlers/ideas';
import { browser } from '@/lib/browser';
import type { IdeaSource } from '@/lib/calendar/idea-source';
import { resolveLocale, translate } from '@/lib/i18n';
import { sendToTab } from '@/lib/messaging/content-client';
import { networkOfUrl } from '@/lib/networks';
import { readSettings, watchSettings } from '@/lib/settings/store';

export const IDEA_MENU_ID = 'cmc-save-idea';

const httpUrl = (value: string | undefined) =>
  value && /^https?:\/\//i.test(value) && value.length <= 2000 ? value : '';

/** What the menu click gives, as an idea's source (no post read). */
export function ideaFromMenu(
  info: { selectionText?: string; linkUrl?: string; pageUrl?: string },
  tab: { title?: string; url?: string } | undefined,
  mastodonHosts: readonly string[] = [],
): IdeaSource {
  const pageUrl = httpUrl(info.pageUrl ?? tab?.url);
  const url = httpUrl(info.linkUrl) || pageUrl;
  const network = networkOfUrl(url, mastodonHosts) ?? networkOfUrl(pageUrl, mastodonHosts) ?? undefined;
  return {
    url,
    quote: (info.selectionText ?? '').trim().slice(0, 10_000),
    author: '',
    authorUrl: '',
    ...(network ? { network } : {}),
    pageTitle: (tab?.title ?? '').slice(0, 500),
  };
}

async function translator() {
  const { language, mastodonInstances } = await readSettings();
  const locale = resolveLocale(language, browser.i18n.getUILanguage());
  return {
    mastodonInstances,
    t: (key: Parameters<typeof translate>[1], values?: string[]) => translate(locale, key, values),
  };
}

let pending: Promise<void> = Promise.resolve();

/** Creates the item, or updates its title (the language chosen in Settings). */
export function createIdeaMenu(): Promise<void> {
  pending = pending.then(async () => {
    const { t } = await translator();
    const properties = { title: t('ideas_menuTitle') };
    try {
      await browser.contextMenus.update(IDEA_MENU_ID, properties);
    } catch {
      await new Promise<void>((done) => {
        browser.contextMenus.create({ id: IDEA_MENU_ID, contexts: ['page', 'link', 'selection'], ...properties }, () =>
          done(void browser.runtime.lastError),
        );
      });
    }
  });
  return pending;
}

/** Saves the idea the click names: the tab's right-clicked post, else the page, link or selection. */
export async function saveIdeaFromMenuClick(
  deps: ServiceDeps,
  info: { menuItemId: string | number; frameId?: number; selectionText?: string; linkUrl?: string; pageUrl?: string },
  tab: { id?: number; title?: string; url?: string } | undefined,
): Promise<'post' | 'page' | null> {
  if (info.menuItemId !== IDEA_MENU_ID) return null;
  const { mastodonInstances, t } = await translator();
  const onNetwork = networkOfUrl(info.pageUrl ?? tab?.url ?? '', mastodonInstances) !== null;
  if (onNetwork && tab?.id !== undefined) {
    const answer = await sendToTab(tab.id, 'ideaMenuTarget', {}, info.frameId ?? 0);
    if (answer?.handled) return 'post';
  }
  const source = ideaFromMenu(info, tab, mastodonInstances);
  if (!source.url && !source.quote) return null;
  const { title } = await saveIdea(deps, source);
  await browser.notifications
    .create(`cmc-idea-${crypto.randomUUID()}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('ideas_saved'),
      message: title,
    })
    .catch(() => undefined);
  return 'page';
}

declare const __CMC_TEST_HOOKS__: boolean | undefined;

/** Sets up the item and its click listener, at the worker's top level (a click that wakes it is not lost). */
export function setupIdeaContextMenu(deps: ServiceDeps): void {
  browser.contextMenus.onClicked.addListener((info, tab) => void saveIdeaFromMenuClick(deps, info, tab));
  // Test builds only: automation cannot click the browser's own menu, so the browser tests call
  // the listener's path with the click data the browser would give.
  if (typeof __CMC_TEST_HOOKS__ !== 'undefined' && __CMC_TEST_HOOKS__) {
    Object.assign(globalThis, {
      __cmcIdeaMenuClick: (
        info: Parameters<typeof saveIdeaFromMenuClick>[1],
        tab: Parameters<typeof saveIdeaFromMenuClick>[2],
      ) => saveIdeaFromMenuClick(deps, info, tab),
    });
  }
  void createIdeaMenu();
  watchSettings(() => void createIdeaMenu());
}
