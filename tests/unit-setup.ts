import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * TEST_NOW (an ISO date-time, read in TZ) sets the moment every unit test runs at: Date is faked
 * from it and keeps flowing. Tests that set their own clock (vi.useFakeTimers) take precedence.
 */
const testNow = process.env.TEST_NOW ? Date.parse(process.env.TEST_NOW) : null;
if (testNow !== null && Number.isNaN(testNow)) throw new Error(`TEST_NOW is not a date-time: ${process.env.TEST_NOW}`);

beforeEach(() => {
  fakeBrowser.reset();
  if (testNow !== null) vi.useFakeTimers({ toFake: ['Date'], now: testNow, shouldAdvanceTime: true });
});

afterEach(() => {
  if (testNow !== null) vi.useRealTimers();
});
