import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** Browser benchmarks: figures printed, not part of `npm test` (npm run bench:browser). */
export default defineConfig({ ...base, testDir: 'tests/bench-browser', timeout: 300_000, workers: 1 });
