import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Benchmarks (`npm run bench`): tests/bench/*.bench.ts, kept out of the unit-test run. */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', './tests/unit-setup.ts'],
    include: ['tests/bench/**/*.bench.ts'],
    testTimeout: 600_000,
  },
});
