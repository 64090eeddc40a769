/**
 * The one source of "now" for the whole extension.
 *
 * The store build reads the platform clock. The test build (npm run build:test) is built with
 * the moment the suite chose (TEST_NOW) baked in as an offset, so the service worker, every page
 * and every content script agree on the same shifted time while it keeps flowing; tests read the
 * same offset from the build folder (see scripts/build-test.mjs).
 */
declare const __CMC_CLOCK_OFFSET_MS__: number | undefined;

const offsetMs = typeof __CMC_CLOCK_OFFSET_MS__ === 'number' ? __CMC_CLOCK_OFFSET_MS__ : 0;

/** A source of the current time in epoch milliseconds; pass one where code must be testable. */
export type Clock = () => number;

/** Now, in epoch milliseconds. */
export const now: Clock = () => Date.now() + offsetMs;

/** Now as a Date (a fresh object each call). */
export const nowDate = (clock: Clock = now): Date => new Date(clock());

/**
 * A moment of the extension's clock expressed on the platform's clock: what APIs that take an
 * absolute time (alarms) need, so a reminder planned for 09:00 fires when the extension's 09:00 comes.
 */
export const toPlatformTime = (ms: number): number => ms - offsetMs;
