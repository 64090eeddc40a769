import { defineConfig } from '@playwright/test';

/** Browser tests drive the built extension in Debian's Chromium (no browser download here). */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  // Two files at a time on the 2-core CI machine (each test its own browser profile): the suite stays under 20 minutes.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    launchOptions: { executablePath: '/usr/bin/chromium' },
    screenshot: 'only-on-failure',
  },
});
