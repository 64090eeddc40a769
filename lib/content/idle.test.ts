import { afterEach, describe, expect, it, vi } from 'vitest';

/** A page that grants no idle period and never fires a timed-out idle callback (as Chromium did after keystrokes). */
async function idleNeverComes() {
  vi.resetModules();
  vi.stubGlobal('requestIdleCallback', () => 1);
  vi.stubGlobal('cancelIdleCallback', () => undefined);
  return await import('@/lib/content/idle');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('idleQueue on a page that grants no idle period', () => {
  it('waits for one (ordinary background work)', async () => {
    const { idleQueue } = await idleNeverComes();
    const done: number[] = [];
    const queue = idleQueue<number>(new AbortController().signal, (item) => done.push(item));
    for (let item = 0; item < 3; item += 1) queue.push(item);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(done).toEqual([]);
    expect(queue.size()).toBe(3);
  });

  it('runs its slices anyway after waitAtMostMs (work the user is about to need), each item once, in order', async () => {
    const { idleQueue } = await idleNeverComes();
    const done: number[] = [];
    const queue = idleQueue<number>(new AbortController().signal, (item) => done.push(item), undefined, {
      waitAtMostMs: 5,
    });
    for (let item = 0; item < 3; item += 1) queue.push(item);
    await vi.waitFor(() => expect(done).toEqual([0, 1, 2]));
    expect(queue.size()).toBe(0);
  });

  it('reads waitAtMostMs when it asks for a slice, when it is a function (work that became urgent)', async () => {
    const { idleQueue } = await idleNeverComes();
    const done: number[] = [];
    let urgent = false;
    const waitAtMostMs = () => (urgent ? 0 : 60_000);
    const calm = new AbortController();
    const early = idleQueue<number>(calm.signal, (item) => done.push(item), undefined, { waitAtMostMs });
    early.push(1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(done).toEqual([]);
    calm.abort();
    urgent = true;
    const later = idleQueue<number>(new AbortController().signal, (item) => done.push(item), undefined, {
      waitAtMostMs,
    });
    later.push(2);
    await vi.waitFor(() => expect(done).toEqual([2]));
  });

  it('stops for good when its signal aborts', async () => {
    const { idleQueue } = await idleNeverComes();
    const done: number[] = [];
    const stop = new AbortController();
    const queue = idleQueue<number>(stop.signal, (item) => done.push(item), undefined, { waitAtMostMs: 5 });
    queue.push(1);
    stop.abort();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(done).toEqual([]);
  });
});

describe('idleQueue slices', () => {
  it('start an item only while one as long as the slice’s longest still fits in SLICE_MS', async () => {
    vi.resetModules();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const { idleQueue, SLICE_MS } = await import('@/lib/content/idle');
    const slices: number[][] = [[]];
    // Each item takes 2 ms: two fit in 5 ms, a third would end the slice at 6.
    const queue = idleQueue<number>(
      new AbortController().signal,
      (item) => {
        clock += 2;
        slices.at(-1)?.push(item);
      },
      () => slices.push([]),
    );
    for (let item = 0; item < 5; item += 1) queue.push(item);
    while (idle.length > 0) idle.shift()?.();
    expect(SLICE_MS).toBe(5);
    expect(slices.filter((slice) => slice.length > 0)).toEqual([[0, 1], [2, 3], [4]]);
    vi.restoreAllMocks();
  });
});
