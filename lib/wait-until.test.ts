import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitUntil } from '@/lib/wait-until';

describe('waitUntil', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.parse('2026-12-13T10:30:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the first value at once without waiting', async () => {
    await expect(waitUntil(() => 'box', { timeoutMs: 1_000 })).resolves.toBe('box');
  });

  it('tries again every interval until a value comes', async () => {
    let tries = 0;
    const result = waitUntil(() => (++tries === 3 ? 42 : null), { timeoutMs: 5_000, intervalMs: 100 });
    await vi.advanceTimersByTimeAsync(250);
    await expect(result).resolves.toBe(42);
    expect(tries).toBe(3);
  });

  it('gives null when the time runs out, and stops trying', async () => {
    let tries = 0;
    const result = waitUntil(
      () => {
        tries += 1;
        return false;
      },
      { timeoutMs: 1_000, intervalMs: 300 },
    );
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(result).resolves.toBeNull();
    expect(tries).toBe(4);
  });

  it('gives null as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const result = waitUntil(() => null, { timeoutMs: 60_000, intervalMs: 10_000, signal: controller.signal });
    controller.abort();
    await expect(result).resolves.toBeNull();
  });

  it('waits for an async attempt and treats a throw as no value', async () => {
    let tries = 0;
    const result = waitUntil(
      async () => {
        tries += 1;
        if (tries === 1) throw new Error('not mounted yet');
        return 'filled';
      },
      { timeoutMs: 1_000, intervalMs: 100 },
    );
    await vi.advanceTimersByTimeAsync(100);
    await expect(result).resolves.toBe('filled');
  });
});
