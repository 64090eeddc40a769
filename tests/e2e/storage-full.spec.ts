import type { Page } from '@playwright/test';
import { expect, openFixture, sendFromPage, test } from './support/extension';
import { screenshot } from './support/screenshot';

/**
 * Guarantee: storage full, in the real browser. While the database refuses writes (the test
 * build's hook, lib/background/storage-full-hook.ts: every write throws the browser's
 * QuotaExceededError and aborts its transaction), a capture made on the page with the control is
 * kept in the page with a clear message, the inbox already stored is unchanged, and once there is
 * room again the page saves it by itself and says so.
 */
const CONTROL = 'cm-companion-capture .cmc-capture';
const TOAST = 'cm-companion-capture .cmc-toast';
const FIRST = '1861000000000000101';
const SECOND = '1860900000000000102';

interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: object): Promise<void> } } };
}

const setStorageFull = (page: Page, full: boolean) =>
  page.evaluate(
    (value) => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ cmcTestStorageFull: value }),
    full,
  );

async function inbox(panel: Page): Promise<{ postId: string; text: string; updatedAt: number }[]> {
  const reply = (await sendFromPage(panel, 'listInbox', { limit: 100 })) as {
    result: { items: { postId: string; text: string; updatedAt: number }[] };
  };
  return reply.result.items;
}

async function captureWithControl(page: Page, index: number): Promise<void> {
  const post = page.locator('article[data-testid="tweet"]').nth(index);
  await post.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await post.hover();
  await page.locator(CONTROL).click();
}

test('storage full: the capture stays queued in the page with a clear message, nothing stored is damaged, it is saved once there is room', async ({
  context,
  openExtensionPage,
}) => {
  const panel = await openExtensionPage('sidepanel.html?section=inbox');
  const page = await openFixture(context, 'https://x.com/home', 'x/feed.html');
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', /.+/);

  await captureWithControl(page, 0);
  await expect(page.locator(TOAST)).toHaveAttribute('data-state', 'done');
  await expect.poll(async () => (await inbox(panel)).map((item) => item.postId)).toEqual([FIRST]);
  const before = await inbox(panel);

  await setStorageFull(panel, true);
  // A new capture, and the same post captured again (an update): both refused, both kept in the page.
  await captureWithControl(page, 1);
  await expect(page.locator(TOAST)).toHaveAttribute('data-state', 'queued');
  await expect(page.locator(TOAST)).toContainText('Your browser’s storage is full');
  await expect(page.locator(TOAST)).toContainText('kept on this page');
  await screenshot(page, { path: 'docs/screenshots/storage-full-toast.png' });
  await captureWithControl(page, 0);
  await expect(page.locator(TOAST)).toHaveAttribute('data-state', 'queued');
  // Nothing already stored changed, and nothing half-written appeared.
  expect(await inbox(panel)).toEqual(before);
  await expect(panel.locator('.inbox-item:not(.is-loading)')).toHaveCount(1);

  // Room again: the page tries again on its own (every 2 s in the test build, 30 s in the store build).
  await setStorageFull(panel, false);
  await expect(page.locator(TOAST)).toContainText('The captures kept on this page are now in the inbox', {
    timeout: 10_000,
  });
  await expect(page.locator(TOAST)).toHaveAttribute('data-state', 'done');
  await expect.poll(async () => (await inbox(panel)).map((item) => item.postId).sort()).toEqual([FIRST, SECOND].sort());
  await expect(panel.locator('.inbox-item:not(.is-loading)')).toHaveCount(2);
});
