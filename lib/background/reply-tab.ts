import { browser } from '@/lib/browser';

/**
 * Shows a post for replying: the tab that already has it, focused, or a new tab. `tabs.query`
 * matches on the networks' hosts through our host permissions (no "tabs" permission needed).
 */
export async function showPostTab(permalink: string): Promise<{ tabId: number | null; reused: boolean }> {
  const url = new URL(permalink);
  url.hash = '';
  const candidates = await browser.tabs.query({ url: `${url.origin}${url.pathname}*` }).catch(() => []);
  const open = candidates.find((tab) => tab.url && samePost(tab.url, url.href));
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined)
      await browser.windows.update(open.windowId, { focused: true }).catch(() => undefined);
    return { tabId: open.id, reused: true };
  }
  const created = await browser.tabs.create({ url: permalink, active: true });
  return { tabId: created.id ?? null, reused: false };
}

function samePost(tabUrl: string, permalink: string): boolean {
  const strip = (href: string) => href.replace(/#.*$/, '').replace(/\/$/, '');
  return strip(tabUrl) === strip(permalink);
}
