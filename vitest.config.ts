import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    // Pure modules run in node; a test file that needs a DOM says so on its first line (@vitest-environment happy-dom).
    environment: 'node',
    // Worker threads start faster than the default child processes; each file still gets fresh modules.
    pool: 'threads',
    setupFiles: ['fake-indexeddb/auto', './tests/unit-setup.ts'],
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.ts',
      'tests/couch/**/*.test.ts',
    ],
  },
});
