// The test build: the store build plus two test hooks, never shipped (its own folder, .output-test/).
// - mastodon.example is granted at install: automation cannot click the permission dialog.
// - With TEST_NOW (an ISO date-time; without an offset it is read in TZ), the extension's clock
//   (lib/clock.ts) starts at that moment and keeps flowing. The offset is written beside the build
//   so the tests read the same "now" (tests/e2e/support/clock.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const testNow = process.env.TEST_NOW || null;
const offsetMs = testNow ? Date.parse(testNow) - Date.now() : 0;
if (Number.isNaN(offsetMs)) {
  console.error(`TEST_NOW is not a date-time: ${testNow}`);
  process.exit(1);
}
const outDir = process.env.CMC_OUT_DIR ?? '.output-test';
// `node scripts/build-test.mjs firefox`: the Firefox test build (.output-test/firefox-mv3).
const browser = process.argv[2] === 'firefox' ? 'firefox' : 'chrome';
const build = spawnSync('npx', ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], {
  stdio: 'inherit',
  env: {
    ...process.env,
    CMC_OUT_DIR: outDir,
    CMC_TEST_GRANTED_HOSTS: 'mastodon.example',
    CMC_CLOCK_OFFSET_MS: String(offsetMs),
  },
});
if (build.status !== 0) process.exit(build.status ?? 1);
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'test-clock.json'),
  `${JSON.stringify({ testNow, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, offsetMs }, null, 2)}\n`,
);
if (testNow) console.log(`Test build clock: ${testNow} (${Intl.DateTimeFormat().resolvedOptions().timeZone})`);
