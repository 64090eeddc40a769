/**
 * Waiting and checking without a test runner's `expect`, so a flow reads the same under
 * Playwright's Chromium driver and the Firefox one. Failures name what was awaited and the last value.
 */
import { waitUntil } from '../../lib/wait-until';
import type { FlowPage } from './driver';

/** Asks `read` again until `accept` holds or the time runs out; resolves to the accepted value. */
export async function until<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean = Boolean,
  timeoutMs = 10_000,
): Promise<T> {
  let last: { value?: T; error?: unknown } = {};
  const found = await waitUntil(
    async () => {
      try {
        last = { value: await read() };
      } catch (error) {
        last = { error };
        return null;
      }
      return accept(last.value as T) ? last : null;
    },
    // The machine's monotonic clock: a deadline, not "now" (the suite's clock is for dates).
    { timeoutMs, intervalMs: 100, clock: () => performance.now() },
  );
  if (found) return found.value as T;
  const seen = 'error' in last ? `error ${String(last.error)}` : JSON.stringify(last.value);
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${seen}`);
}

/** Waits until an element matching the selector is in the page (or, with `count` 0, none is). */
export function untilCount(page: FlowPage, selector: string, count: (n: number) => boolean, what: string) {
  return until(what, () => page.count(selector), count);
}

/** Waits until the first element matching the selector contains the text. */
export function untilText(page: FlowPage, selector: string, text: string | RegExp, timeoutMs?: number) {
  return until(
    `${selector} to contain ${String(text)}`,
    () => page.text(selector),
    (value) => value !== null && (typeof text === 'string' ? value.includes(text) : text.test(value)),
    timeoutMs,
  );
}

/** Pauses when a flow must show that something does NOT happen within a moment. */
export const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
