import { describe, expect, it } from 'vitest';
import {
  ACK_BACKOFF_MS,
  ACK_DEADLINE_MS,
  isTransientMessagingError,
  type RetryOptions,
  retryUntilAcknowledged,
} from '@/lib/capture/retry';

/** A fake clock: sleeping advances it, so tests run instantly and can read the waits. */
function clock(delays: readonly number[] = ACK_BACKOFF_MS, deadlineMs = ACK_DEADLINE_MS) {
  let time = 0;
  const waits: number[] = [];
  const options: RetryOptions = {
    delays,
    deadlineMs,
    isRetryable: isTransientMessagingError,
    now: () => time,
    sleep: async (ms) => {
      waits.push(ms);
      time += ms;
    },
  };
  return { options, waits };
}

const gone = () => new Error('Could not establish connection. Receiving end does not exist.');

describe('retryUntilAcknowledged', () => {
  it('returns the first answer without waiting', async () => {
    const { options, waits } = clock();
    const outcome = await retryUntilAcknowledged(async () => 'ack', options);
    expect(outcome).toEqual({ ok: true, value: 'ack', attempts: 1 });
    expect(waits).toEqual([]);
  });

  it('retries with a growing backoff while the worker is away, then returns its answer', async () => {
    const { options, waits } = clock();
    let calls = 0;
    const retries: number[] = [];
    const outcome = await retryUntilAcknowledged(
      async () => {
        calls += 1;
        if (calls < 4) throw gone();
        return { id: 'a', created: true };
      },
      { ...options, onRetry: (attempt) => retries.push(attempt) },
    );
    expect(outcome).toEqual({ ok: true, value: { id: 'a', created: true }, attempts: 4 });
    expect(waits).toEqual([250, 500, 1000]);
    expect(retries).toEqual([2, 3, 4]);
  });

  it('does not retry a refusal', async () => {
    const { options, waits } = clock();
    const refusal = new Error('captureToInbox: invalid permalink');
    const outcome = await retryUntilAcknowledged(async () => Promise.reject(refusal), options);
    expect(outcome).toEqual({ ok: false, error: refusal, attempts: 1, reason: 'refused' });
    expect(waits).toEqual([]);
  });

  it('gives up at the deadline (about 30 s), never waiting past it', async () => {
    const { options, waits } = clock();
    const outcome = await retryUntilAcknowledged(async () => Promise.reject(gone()), options);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok === false && outcome.reason).toBe('deadline');
    const total = waits.reduce((sum, wait) => sum + wait, 0);
    expect(total).toBeLessThanOrEqual(ACK_DEADLINE_MS);
    expect(total).toBeGreaterThan(20_000);
    expect(Math.max(...waits)).toBe(4000);
  });

  it('gives up when the delays run out before the deadline', async () => {
    const { options } = clock([10, 10], 60_000);
    const outcome = await retryUntilAcknowledged(async () => Promise.reject(gone()), options);
    expect(outcome).toMatchObject({ ok: false, attempts: 3, reason: 'deadline' });
  });

  it('stops when aborted (the page went away)', async () => {
    const { options } = clock();
    const controller = new AbortController();
    let calls = 0;
    const outcome = await retryUntilAcknowledged(
      async () => {
        calls += 1;
        controller.abort('page left');
        throw gone();
      },
      { ...options, signal: controller.signal },
    );
    expect(outcome).toMatchObject({ ok: false, reason: 'aborted', attempts: 1 });
    expect(calls).toBe(1);
  });
});

describe('isTransientMessagingError', () => {
  it.each([
    ['Could not establish connection. Receiving end does not exist.', true],
    ['The message port closed before a response was received.', true],
    ['A listener indicated an asynchronous response by returning true, but the message channel closed', true],
    ['captureToInbox: no answer from the background', true],
    ['Extension context invalidated.', false],
    ['captureToInbox: invalid permalink: Invalid URL', false],
    ['sender refused', false],
  ])('%s → %s', (message, expected) => {
    expect(isTransientMessagingError(new Error(message))).toBe(expected);
  });
});
