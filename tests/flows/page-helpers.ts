/** Reading a fixture page and the extension's pages the same way in every browser. */
import { until } from './checks';
import type { FlowBrowser, FlowPage } from './driver';

interface FixtureGlobal {
  __fixture?: { ready: boolean; sent: string[]; modelText(el: Element): string | null };
}

/** Waits for the content script (its mark on <html>) and the fixture's editors. */
export async function siteReady(page: FlowPage, network: string): Promise<void> {
  await until(
    `the ${network} content script`,
    () => page.evaluate(() => document.documentElement.dataset.cmCompanion ?? null),
    (mark) => mark === network,
  );
  await until('the fixture editors', () =>
    page.evaluate(() => (window as unknown as FixtureGlobal).__fixture?.ready === true),
  );
}

/** The element that takes the text inside a fixture composer (contenteditable, textarea or the host). */
export async function editableOf(page: FlowPage, composer: string): Promise<string> {
  const host = `[data-fixture-id="${composer}"]`;
  for (const inner of ['[contenteditable="true"]', 'textarea']) {
    if ((await page.count(`${host} ${inner}`)) > 0) return `${host} ${inner}`;
  }
  return host;
}

/** What the site's editor model holds (the fixture reads the real library's state). */
export function modelText(page: FlowPage, composer: string): Promise<string | null> {
  return page.evaluate(
    (id) =>
      (window as unknown as FixtureGlobal).__fixture?.modelText(
        document.querySelector(`[data-fixture-id="${id}"]`) as Element,
      ) ?? null,
    composer,
  );
}

/** What the site sent through its own submit, in order. */
export function sentTexts(page: FlowPage): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as FixtureGlobal).__fixture?.sent ?? [])]);
}

/** Marks the innermost element holding `text` and scrolls it to the middle: a selector to hover. */
export async function markText(page: FlowPage, text: string, mark: string): Promise<string> {
  const found = await page.evaluate(
    ([wanted, name]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.includes(wanted) || !node.parentElement) continue;
        node.parentElement.setAttribute('data-flow-mark', name);
        node.parentElement.scrollIntoView({ block: 'center' });
        return true;
      }
      return false;
    },
    [text, mark] as const,
  );
  if (!found) throw new Error(`no text "${text}" on the page`);
  return `[data-flow-mark="${mark}"]`;
}

/** Sends one protocol message from an extension page, as the popup and side panel do. */
export async function ask<T>(page: FlowPage, type: string, data: unknown): Promise<T> {
  const reply = await page.evaluate(([t, d]) => chrome.runtime.sendMessage({ type: t, data: d }), [
    type,
    data,
  ] as const);
  const { ok, result, error } = reply as { ok: boolean; result: T; error?: unknown };
  if (!ok) throw new Error(`${type} failed: ${JSON.stringify(error)}`);
  return result;
}

/** Writes storage items from an extension page (the registry, as the Accounts view stores it). */
export function store(page: FlowPage, items: Record<string, unknown>): Promise<void> {
  return page.evaluate((values) => chrome.storage.local.set(values), items);
}

/** Sets a form control's value as a user's choice does and lets the page's handlers see it. */
export function choose(page: FlowPage, selector: string, value: string): Promise<void> {
  return page.evaluate(
    ([css, wanted]) => {
      const control = document.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(css);
      if (!control) throw new Error(`no control ${css}`);
      control.value = wanted;
      control.dispatchEvent(new Event('input', { bubbles: true }));
      control.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [selector, value] as const,
  );
}

/** The settings a new user sets first, through the Settings view. */
export async function setUpSettings(
  browser: FlowBrowser,
  { brand, language = 'en' }: { brand: string; language?: 'en' | 'fr' },
): Promise<FlowPage> {
  const panel = await browser.openExtensionPage('sidepanel.html?section=settings');
  await until('the Settings view', () => panel.count('select[name="language"]'));
  const stored = () =>
    panel.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
  // One field after the other, as a user does: each change is saved before the next.
  await choose(panel, 'select[name="language"]', language);
  await until('the language stored', stored, (settings) => settings?.language === language);
  await choose(panel, 'input[name="brandName"]', brand);
  await until('the brand stored', stored, (settings) => settings?.brandName === brand);
  return panel;
}
