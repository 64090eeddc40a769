import { test } from '@playwright/test';
import { APP_FLOWS } from '../flows/app-flows';
import { siteFlows } from '../flows/site-flows';
import { launchFirefox } from './firefox-driver';

/**
 * The user flows shared with the Chromium suite (tests/e2e/flows.spec.ts), in real Firefox: the
 * Firefox build, a new profile per flow. Playwright is only the test runner here; puppeteer-core
 * drives Firefox (tests/firefox/firefox-driver.ts).
 */
for (const flow of [...(await siteFlows()), ...APP_FLOWS]) {
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a test needs from this pattern.
  test(`firefox flow: ${flow.title}`, async ({}, testInfo) => {
    const browser = await launchFirefox({ backgroundIdleMs: flow.backgroundIdleMs });
    try {
      await flow.run({ browser, shots: testInfo.outputPath() });
    } finally {
      await browser.close();
    }
  });
}
