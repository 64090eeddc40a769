import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { casesOf, loadNetworkCases } from '../network-cases';
import { expect, openFixture, sendFromPage, test } from './support/extension';
import { screenshot } from './support/screenshot';

/**
 * Content ideas: saved from a post (the light bulb beside the capture control), from the context
 * menu on a post, a selection and a page that is no network; listed in the calendar's Ideas view,
 * searched, filtered, and planned as a post with per-network variants, the source kept.
 */
const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const X = casesOf('capture', await loadNetworkCases()).find((site) => site.url.startsWith('https://x.com/'));
const BLOG = 'https://blog.example/2026/etude-livraison';

interface StoredIdea {
  id: string;
  title: string;
  status: string;
  networks: string[];
  source: { url: string; quote: string; author: string; network?: string; pageTitle: string };
  variants: Record<string, { text?: string }>;
}

interface MenuHookGlobal {
  chrome: { tabs: { query(filter: object): Promise<{ id?: number; url?: string; title?: string }[]> } };
  __cmcIdeaMenuClick(info: object, tab: object): Promise<string | null>;
}

async function ideas(panel: Page): Promise<StoredIdea[]> {
  const reply = (await sendFromPage(panel, 'listIdeas', {})) as { result: { entries: StoredIdea[] } };
  return reply.result.entries;
}

/** The context menu's click path, with what the browser gives for a click in that tab. */
async function menuClick(context: BrowserContext, panel: Page, url: string, info: object): Promise<string | null> {
  await sendFromPage(panel, 'listIdeas', {});
  const worker: Worker = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(
    async ([target, extra]) => {
      const api = globalThis as unknown as MenuHookGlobal;
      // Without the "tabs" permission a tab on a host the extension has no access to shows no
      // address or title (the browser's menu click gives it the same way): it is the one without.
      const tabs = await api.chrome.tabs.query({});
      const tab = tabs.find((candidate) => candidate.url === target) ?? tabs.find((candidate) => !candidate.url);
      if (tab?.id === undefined) throw new Error(`no tab at ${target}`);
      return api.__cmcIdeaMenuClick({ menuItemId: 'cmc-save-idea', frameId: 0, pageUrl: target, ...extra }, tab);
    },
    [url, info] as const,
  );
}

test('Save as idea from a post and from the context menu; the Ideas list searches, filters and plans them', async ({
  context,
  openExtensionPage,
}) => {
  if (!X) throw new Error('no X capture case');
  const panel = await openExtensionPage('sidepanel.html?section=calendar');
  await panel.setViewportSize({ width: 400, height: 900 });
  const page = await openFixture(context, X.url, X.fixture);

  // The light bulb beside the capture control saves the post under the pointer.
  const post = page.getByText(X.text).first();
  await post.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await post.hover();
  const bulb = page.locator('cm-companion-capture .cmc-idea');
  await expect(bulb).toBeVisible();
  await expect(bulb).toHaveAttribute('aria-label', 'Save as idea');
  await bulb.click();
  await expect(page.locator('cm-companion-capture .cmc-toast')).toContainText('Saved as an idea in the calendar');
  await expect.poll(async () => (await ideas(panel)).length).toBe(1);
  const [fromPost] = await ideas(panel);
  expect(fromPost).toMatchObject({ status: 'idea', networks: ['x'], source: { network: 'x' } });
  expect(fromPost?.source.quote).toContain(X.text);
  expect(fromPost?.source.url).toMatch(/^https:\/\/x\.com\/.+\/status\/\d+/);
  expect(fromPost?.source.author).toBeTruthy();

  // Context menu on another post of the same page: the content script saves the right-clicked one.
  const other = page.getByText(X.menuText).first();
  await other.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await other.click({ button: 'right' });
  await page.mouse.move(0, 0);
  expect(await menuClick(context, panel, X.url, {})).toBe('post');
  await expect.poll(async () => (await ideas(panel)).length).toBe(2);

  // Context menu on a selection in a page that is no network: the selection and the address.
  await context.route(BLOG, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><title>Étude livraison 2026</title><p>Les délais de livraison ont baissé de 12 %.</p>',
    }),
  );
  const blog = await context.newPage();
  await blog.goto(BLOG);
  expect(await menuClick(context, panel, BLOG, { selectionText: 'Les délais de livraison ont baissé de 12 %.' })).toBe(
    'page',
  );
  await expect.poll(async () => (await ideas(panel)).length).toBe(3);
  const fromPage = (await ideas(panel)).find((idea) => idea.source.url === BLOG);
  expect(fromPage).toMatchObject({
    title: 'Les délais de livraison ont baissé de 12 %.',
    networks: [],
    source: { quote: 'Les délais de livraison ont baissé de 12 %.', pageTitle: '', author: '' },
  });

  // The calendar's Ideas view: newest first, searched and filtered by network.
  await panel.bringToFront();
  await panel.getByRole('button', { name: 'Ideas' }).click();
  const list = panel.getByRole('list', { name: 'Ideas' }).getByTestId('idea');
  await expect(list).toHaveCount(3);
  await expect(list.first()).toContainText('Les délais de livraison');
  await expect(panel.getByRole('heading', { name: 'Content ideas (3)' })).toBeVisible();
  await screenshot(panel, { path: join(SHOTS, 'calendar-ideas.png') });
  await panel.getByLabel('Search ideas').fill('DELAIS livraison');
  await expect(list).toHaveCount(1);
  await panel.getByLabel('Search ideas').fill('');
  await panel.locator('.idea-list').getByLabel('Network').selectOption('x');
  await expect(list).toHaveCount(2);

  // Plan the post's idea: the editor shows its source; an X variant; it leaves the idea list, planned.
  await list.filter({ hasText: X.text }).getByRole('button', { name: 'Plan as a post' }).click();
  await expect(panel.getByTestId('idea-source')).toContainText(X.text);
  await panel.getByLabel('Base text', { exact: false }).fill('Merci à toutes et à tous pour vos retours !');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(list).toHaveCount(2);
  await expect(list.filter({ hasText: X.text })).toHaveCount(0);
  const planned = (await sendFromPage(panel, 'listCalendar', { from: 0, to: 4_102_444_800_000 })) as {
    result: { entries: StoredIdea[] };
  };
  expect(planned.result.entries.find((entry) => entry.id === fromPost?.id)).toMatchObject({
    status: 'scheduled',
    networks: ['x'],
    source: fromPost?.source,
  });
});
