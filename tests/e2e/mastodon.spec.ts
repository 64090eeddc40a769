import { expect, openFixture, TEST_BUILD_PATH, test } from './support/extension';

// The browser's permission dialog cannot be clicked by automation: this build has the test
// server granted at install, so everything after the dialog runs as in production.
test.use({ extensionPath: TEST_BUILD_PATH });

const STATUS_URL = 'https://mastodon.example/@marie/113500000000000001';

test('a Mastodon server added in Settings gets the content script, and loses it when removed', async ({
  context,
  openExtensionPage,
}) => {
  const before = await openFixture(context, STATUS_URL, 'mastodon/post.html');
  await expect(before.locator('html')).not.toHaveAttribute('data-cm-companion', /.*/);

  const panel = await openExtensionPage('sidepanel.html?section=settings');
  await panel.locator('input[name="mastodonHost"]').fill('https://Mastodon.Example/@acme');
  await panel.getByRole('button', { name: 'Add server' }).click();
  await expect(panel.locator('.chip')).toHaveText(['mastodon.example×']);

  const page = await openFixture(context, STATUS_URL, 'mastodon/post.html');
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', 'mastodon');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __fixture: { ready: boolean } }).__fixture.ready))
    .toBe(true);
  await page.locator('[data-fixture-id="masto-reply"]').click();

  const health = await openExtensionPage('sidepanel.html?section=health');
  await expect(health.locator('.capability').nth(0)).toContainText('@acme@mastodon.example');
  await expect(health.locator('.capability').nth(3)).toContainText('3 found');
  await health.getByRole('button', { name: 'Test text insertion' }).click();
  await expect(health.getByTestId('health-notice')).toContainText('Inserted');
  const model = await page.evaluate(() =>
    (window as unknown as { __fixture: { modelText(el: Element): string | null } }).__fixture.modelText(
      document.querySelector('[data-fixture-id="masto-reply"]') as Element,
    ),
  );
  expect(model).toContain('CM Companion test — merci, à bientôt 🙏\nSecond line');
  await page.bringToFront();
  await page.keyboard.press('Control+Enter');
  expect(await page.evaluate(() => (window as unknown as { __fixture: { sent: string[] } }).__fixture.sent)).toEqual([
    model,
  ]);

  await panel.getByRole('button', { name: 'Remove mastodon.example' }).click();
  await expect(panel.locator('.chip')).toHaveCount(0);
  const after = await openFixture(context, STATUS_URL, 'mastodon/post.html');
  await expect(after.locator('html')).not.toHaveAttribute('data-cm-companion', /.*/);
});

test('a page on a granted server that is not Mastodon is left alone', async ({ context, openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html?section=settings');
  await panel.locator('input[name="mastodonHost"]').fill('mastodon.example');
  await panel.getByRole('button', { name: 'Add server' }).click();
  await expect(panel.locator('.chip')).toHaveCount(1);
  const page = await openFixture(context, 'https://mastodon.example/about', 'blank.html');
  await page.waitForTimeout(500);
  await expect(page.locator('html')).not.toHaveAttribute('data-cm-companion', /.*/);
});
