/**
 * Retrying a message until the background acknowledges it. The service worker may be stopped at
 * any moment (even while it handles a capture): the sender tries again with a bounded backoff,
 * and the background's writes are idempotent, so a retry after a lost answer never doubles.
 * Pure: time and sleeping are parameters.
 */

export interface RetryOptions {
  /** Waits before each new attempt; its length bounds the number of retries. */
  delays: readonly number[];
  /** Gives up once this much time has passed since the first attempt (milliseconds). */
  deadlineMs: number;
  /** False for failures that will not change by trying again (a refused message, a removed extension). */
  isRetryable: (error: unknown) => boolean;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** Called before each retry, with the attempt number about to run (2, 3…) and the last error. */
  onRetry?: (attempt: number, error: unknown) => void;
  signal?: AbortSignal;
}

export type RetryOutcome<T> =
  | { ok: true; value: T; attempts: number }
  | { ok: false; error: unknown; attempts: number; reason: 'refused' | 'deadline' | 'aborted' };

/** 250 ms doubling to 4 s, then every 4 s: about 30 s in all before the sender gives up. */
export const ACK_BACKOFF_MS: readonly number[] = [250, 500, 1000, 2000, 4000, 4000, 4000, 4000, 4000, 4000];
export const ACK_DEADLINE_MS = 30_000;

/** Runs `attempt` until it resolves, a failure is not retryable, the delays run out or the deadline passes. */
export async function retryUntilAcknowledged<T>(
  attempt: () => Promise<T>,
  options: RetryOptions,
): Promise<RetryOutcome<T>> {
  const started = options.now();
  let attempts = 0;
  for (;;) {
    if (options.signal?.aborted) return { ok: false, error: options.signal.reason, attempts, reason: 'aborted' };
    attempts += 1;
    try {
      return { ok: true, value: await attempt(), attempts };
    } catch (error) {
      if (!options.isRetryable(error)) return { ok: false, error, attempts, reason: 'refused' };
      const wait = options.delays[attempts - 1];
      if (wait === undefined || options.now() - started + wait > options.deadlineMs) {
        return { ok: false, error, attempts, reason: 'deadline' };
      }
      options.onRetry?.(attempts + 1, error);
      await options.sleep(wait);
    }
  }
}

/**
 * Which failures of `runtime.sendMessage` are the worker being away (stopped, restarting, killed
 * mid-answer) rather than a refusal. An invalidated extension context never comes back.
 */
export function isTransientMessagingError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  if (/context invalidated/i.test(message)) return false;
  return /receiving end does not exist|could not establish connection|message port closed|no answer from the background|message channel closed|disconnected port|worker/i.test(
    message,
  );
}
