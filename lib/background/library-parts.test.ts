import { afterEach, describe, expect, it, vi } from 'vitest';
import { libraryParts, PART_READ_KEPT_MS } from '@/lib/background/library-parts';

function setup(initial: unknown[]) {
  let stored: unknown = initial;
  let changed: () => void = () => undefined;
  const read = vi.fn(async () => stored);
  const part = libraryParts(read, (callback) => {
    changed = callback;
  });
  const write = (next: unknown) => {
    stored = next;
    changed();
  };
  return { part, read, write };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('libraryParts', () => {
  it('cuts every part of one warm-up from one read', async () => {
    const { part, read } = setup([1, 2, 3, 4, 5]);
    expect(await part(0, 2)).toEqual({ entries: [1, 2], total: 5 });
    expect(await part(2, 2)).toEqual({ entries: [3, 4], total: 5 });
    expect(await part(4, 2)).toEqual({ entries: [5], total: 5 });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads again after a change of the library, and for a new warm-up', async () => {
    const { part, read, write } = setup([1, 2, 3, 4]);
    await part(0, 2);
    write(['a', 'b', 'c']);
    expect(await part(2, 2)).toEqual({ entries: ['c'], total: 3 });
    expect(await part(0, 2)).toEqual({ entries: ['a', 'b'], total: 3 });
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('keeps no copy after the last part, nor after a while without one', async () => {
    vi.useFakeTimers();
    const { part, read } = setup([1, 2, 3, 4, 5]);
    await part(0, 5);
    await part(3, 2);
    expect(read).toHaveBeenCalledTimes(2);
    await part(0, 2);
    vi.advanceTimersByTime(PART_READ_KEPT_MS + 1);
    expect(await part(2, 2)).toEqual({ entries: [3, 4], total: 5 });
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('answers an empty library for what is not a list', async () => {
    const { part } = setup([]);
    expect(await part(0, 250)).toEqual({ entries: [], total: 0 });
  });
});
