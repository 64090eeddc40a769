import type { Locator, Page } from '@playwright/test';

type ScreenshotOptions = Parameters<Page['screenshot']>[0] & Parameters<Locator['screenshot']>[0];

/**
 * A screenshot of what the user is looking at: the page is brought to the front first. A tab in the
 * background draws no frames, and its screenshot waits about two seconds for one.
 */
export async function screenshot(target: Page | Locator, options: ScreenshotOptions): Promise<void> {
  const page = 'mainFrame' in target ? target : target.page();
  await page.bringToFront();
  await target.screenshot(options);
}
