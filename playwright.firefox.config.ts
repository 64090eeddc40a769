import { defineConfig } from '@playwright/test';

/**
 * The Firefox suite: the shared user flows (tests/flows/) on the Firefox test build in Debian's
 * firefox-esr. Playwright runs the tests; puppeteer-core drives Firefox over WebDriver BiDi.
 */
export default defineConfig({
  testDir: 'tests/firefox',
  outputDir: 'test-results/firefox',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
