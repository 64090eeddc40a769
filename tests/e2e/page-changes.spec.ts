import { expect, openFixture, test } from './support/extension';

/**
 * Social sites are single-page apps with infinite feeds: what the content script knows must
 * follow posts that appear later and navigations that never reload the page.
 */
test('posts loaded later by the feed and single-page navigation are followed', async ({
  context,
  openExtensionPage,
}) => {
  const page = await openFixture(context, 'https://x.com/home', 'x/feed.html');
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', 'x');
  const panel = await openExtensionPage('sidepanel.html?section=health');
  const posts = panel.locator('.capability').nth(3);
  await expect(posts).toContainText('4 found');

  // The feed appends a cell as the user scrolls: a copy of the first tweet with a new id.
  await page.evaluate(() => {
    const cell = document.querySelector('[data-testid="cellInnerDiv"]');
    const copy = cell?.cloneNode(true) as HTMLElement;
    for (const link of copy.querySelectorAll('a[href*="/status/"]')) {
      link.setAttribute('href', '/marie_dupont/status/1861000000000000999');
    }
    cell?.parentElement?.append(copy);
  });
  await panel.getByRole('button', { name: 'Refresh' }).click();
  await expect(posts).toContainText('5 found');

  // A client-side navigation: new URL without a reload, the page swaps its content.
  await page.evaluate(() => {
    history.pushState({}, '', '/marie_dupont/status/1861000000000000101');
    for (const cell of [...document.querySelectorAll('[data-testid="cellInnerDiv"]')].slice(1)) cell.remove();
  });
  await panel.getByRole('button', { name: 'Refresh' }).click();
  await expect(panel.getByTestId('health-tab')).toContainText('/marie_dupont/status/1861000000000000101');
  await expect(posts).toContainText('1 found');
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', 'x');
});
