import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DateTime } from 'luxon';
import { TEST_BUILD_PATH } from './extension';

/**
 * The suite's "now": the moment the test build was built for (TEST_NOW, see scripts/build-test.mjs),
 * flowing like real time, so the tests and every context of the extension agree. Without
 * TEST_NOW the offset is 0 and this is the real time. The zone is the process's (TZ), which
 * Chromium inherits.
 */
function readOffset(): number {
  try {
    const info = JSON.parse(readFileSync(join(dirname(TEST_BUILD_PATH), 'test-clock.json'), 'utf8'));
    return typeof info.offsetMs === 'number' ? info.offsetMs : 0;
  } catch {
    return 0;
  }
}

export const CLOCK_OFFSET_MS = readOffset();

/** Epoch milliseconds on the extension's clock. */
export const testNow = (): number => Date.now() + CLOCK_OFFSET_MS;

/** Now on the extension's clock, in the suite's zone. */
export const testDateTime = (): DateTime => DateTime.fromMillis(testNow());

/** A moment of the extension's clock on the browser's own clock (what chrome.alarms reports). */
export const toPlatformTime = (ms: number): number => ms - CLOCK_OFFSET_MS;
