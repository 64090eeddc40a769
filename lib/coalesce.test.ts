import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce } from '@/lib/coalesce';

describe('coalesce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once for a burst, once more for calls during a run, never two at once', async () => {
    let running = 0;
    let runs = 0;
    let maxRunning = 0;
    let finish: () => void = () => undefined;
    const task = () =>
      new Promise<void>((resolve) => {
        runs++;
        running++;
        maxRunning = Math.max(maxRunning, running);
        finish = () => {
          running--;
          resolve();
        };
      });
    const call = coalesce(task, 100);
    for (let n = 0; n < 50; n++) call();
    await vi.advanceTimersByTimeAsync(99);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(1);
    call();
    call();
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toBe(1);
    finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toBe(2);
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
    expect(maxRunning).toBe(1);
  });

  it('a failed run does not stop the next', async () => {
    let runs = 0;
    const call = coalesce(async () => {
      runs++;
      throw new Error('busy');
    }, 10);
    call();
    await vi.advanceTimersByTimeAsync(10);
    call();
    await vi.advanceTimersByTimeAsync(10);
    expect(runs).toBe(2);
  });
});
