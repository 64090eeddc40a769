import { type Clock, now } from '@/lib/clock';

export interface WaitOptions {
  /** Gives up when aborted (a content script's ctx.signal, a page's signal). */
  signal?: AbortSignal;
  timeoutMs: number;
  /** Pause between two tries. */
  intervalMs?: number;
  clock?: Clock;
}

/**
 * Asks `attempt` again every `intervalMs` until it gives a value (anything but null, undefined or
 * false), the time runs out or the signal aborts. Resolves to that value, or null. The first try
 * runs at once; a try that throws counts as no value.
 */
export async function waitUntil<T>(
  attempt: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  { signal, timeoutMs, intervalMs = 250, clock = now }: WaitOptions,
): Promise<T | null> {
  const deadline = clock() + timeoutMs;
  for (;;) {
    if (signal?.aborted) return null;
    const value = await Promise.resolve()
      .then(attempt)
      .catch(() => null);
    if (value !== null && value !== undefined && value !== false) return value;
    if (clock() + intervalMs > deadline) return null;
    if (!(await pause(intervalMs, signal))) return null;
  }
}

/** Resolves true after `ms`, or false as soon as the signal aborts. */
function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve(false);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
