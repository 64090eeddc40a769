import type { Page } from '@playwright/test';
import { casesOf, loadNetworkCases } from '../network-cases';
import { expect, openFixture, test } from './support/extension';

/**
 * In-page navigation (pushState, as single-page sites do) ends the page's listeners and observers
 * before the features start again on the next page: 50 navigations leave the content script
 * holding as many as one does, and the features still work on the last page. The test build's
 * content scripts count what they hold (lib/content/test-hooks.ts).
 */
const [site] = casesOf('capture', await loadNetworkCases()).filter((one) => one.network.id === 'x');

async function held(page: Page): Promise<{ listeners: number; observers: number; kinds?: string }> {
  // Timers the features set on the last navigation settle first (the scan runs every 250 ms).
  await page.waitForTimeout(600);
  return page.evaluate(() => {
    document.dispatchEvent(new CustomEvent('cmc-test:count-listeners'));
    const data = document.documentElement.dataset;
    return {
      listeners: Number(data.cmcTestListeners),
      observers: Number(data.cmcTestObservers),
      kinds: data.cmcTestKinds,
    };
  });
}

async function navigate(page: Page, times: number, from = 0): Promise<void> {
  await page.evaluate(
    ({ times, from }) => {
      for (let i = from; i < from + times; i++) history.pushState({}, '', `/home?page=${i}`);
    },
    { times, from },
  );
}

test('50 in-page navigations leave as many listeners and observers as one, and the features still work', async ({
  context,
}) => {
  if (!site) throw new Error('no X capture case in tests/fixtures/x/cases.ts');
  const page = await openFixture(context, site.url, site.fixture);
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', /.+/);
  // The capture overlay is built on first use: a page nobody pointed at has none.
  await expect(page.locator('cm-companion-capture')).toHaveCount(0);

  await navigate(page, 1);
  const afterOne = await held(page);
  expect(afterOne.listeners).toBeGreaterThan(5);

  await navigate(page, 50, 1);
  const after = await held(page);
  // A leak of one listener per page would add 50; a timer pending at the count may hold a few.
  expect(after.listeners - afterOne.listeners, `before: ${afterOne.kinds}\nafter: ${after.kinds}`).toBeLessThan(5);
  expect(after.observers).toBe(afterOne.observers);

  // The capture control still follows the pointer on the 51st page.
  const target = page.getByText(site.text).first();
  await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await target.hover();
  await expect(page.locator('cm-companion-capture .cmc-capture')).toBeVisible();
});
