/**
 * Background work in the page, in slices the page does not feel: each slice runs in an idle
 * period (requestIdleCallback) and stops after SLICE_MS, leaving the rest for the next one.
 */

/** The longest slice of background work the extension runs in the page's main thread. */
export const SLICE_MS = 5;
/** An idle period may never come on a page that is busy all the time: run anyway after this. */
const IDLE_TIMEOUT_MS = 500;

type IdleRequest = (run: (deadline: { timeRemaining(): number }) => void, options?: { timeout: number }) => number;

const requestIdle: IdleRequest =
  typeof requestIdleCallback === 'function'
    ? (run, options) => requestIdleCallback(run, options)
    : (run) => setTimeout(() => run({ timeRemaining: () => SLICE_MS }), 1) as unknown as number;
const cancelIdle = (handle: number) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : clearTimeout(handle);

/** Runs `run` once in the next idle period (or after IDLE_TIMEOUT_MS on a page never idle). */
export function whenIdle(run: () => void): void {
  requestIdle(() => run(), { timeout: IDLE_TIMEOUT_MS });
}

export interface IdleQueue<T> {
  push(item: T): void;
  /** Items waiting. */
  size(): number;
  clear(): void;
}

export interface IdleQueueOptions {
  /**
   * For work the user is about to need: a slice waits for an idle period at most this long, then
   * runs in an ordinary task (Chromium granted no idle period, nor ran a timed-out idle callback,
   * for 0.1–0.5 s after keystrokes in the picker bench); read before each slice when a function.
   * A slice stays at most SLICE_MS either way.
   */
  waitAtMostMs?: number | (() => number);
}

/**
 * A queue worked through in idle slices of at most SLICE_MS (one item always runs, so each item
 * must be small). `afterSlice` runs once at the end of each slice (to publish what it found).
 * Stops for good when `signal` aborts.
 */
export function idleQueue<T>(
  signal: AbortSignal,
  work: (item: T) => void,
  afterSlice: () => void = () => undefined,
  { waitAtMostMs }: IdleQueueOptions = {},
): IdleQueue<T> {
  let items: T[] = [];
  let head = 0;
  /** Cancels the slice asked for, while one is. */
  let pending: (() => void) | undefined;
  const run = () => {
    pending?.();
    pending = undefined;
    if (signal.aborted) return;
    const start = performance.now();
    let now = start;
    // The next item is started only if one as long as the longest of this slice still fits.
    let longest = 0;
    do {
      const item = items[head] as T;
      head += 1;
      const began = now;
      try {
        work(item);
      } catch (error) {
        console.warn('CM Companion: background work failed', error);
      }
      now = performance.now();
      longest = Math.max(longest, now - began);
    } while (head < items.length && now - start + longest <= SLICE_MS);
    if (head >= items.length) {
      items = [];
      head = 0;
    }
    afterSlice();
    schedule();
  };
  const schedule = () => {
    if (pending !== undefined || head >= items.length || signal.aborted) return;
    const wait = typeof waitAtMostMs === 'function' ? waitAtMostMs() : waitAtMostMs;
    const idle = requestIdle(run, { timeout: wait ?? IDLE_TIMEOUT_MS });
    if (wait === undefined) {
      pending = () => cancelIdle(idle);
      return;
    }
    const timer = setTimeout(run, wait);
    pending = () => {
      cancelIdle(idle);
      clearTimeout(timer);
    };
  };
  signal.addEventListener('abort', () => pending?.(), { once: true });
  return {
    push(item) {
      items.push(item);
      schedule();
    },
    size: () => items.length - head,
    clear() {
      items = [];
      head = 0;
    },
  };
}
