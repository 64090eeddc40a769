/**
 * Waiting and checking without a test runner's `expect`, so a flow reads the same under
 * Playwright's Chromium driver and the Firefox one. Failures name what was awaited and the last value.
 */
import type { FlowPage } from './driver';

/** Asks `read` again until `accept` holds or the time runs out; resolves to the accepted value. */
export async function until<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean = Boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  for (;;) {
    try {
      last = await read();
      error = undefined;
      if (accept(last)) return last;
    } catch (caught) {
      error = caught;
    }
    if (performance.now() > deadline) {
      const seen = error ? `error ${String(error)}` : JSON.stringify(last);
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
