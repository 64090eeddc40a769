import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterNextFrame } from '@/lib/content/after-frame';

/** A page whose frames and tasks the test runs by hand, in the order the browser would. */
function pageByHand() {
  const frames: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
  vi.stubGlobal('setTimeout', (run: () => void) => tasks.push(run));
  const ended = new AbortController();
  const ctx = {
    get isValid() {
      return !ended.signal.aborted;
    },
    get isInvalid() {
      return ended.signal.aborted;
    },
  } as unknown as ContentScriptContext;
  const drain = (queue: (() => void)[]) => {
    for (const run of queue.splice(0)) run();
  };
  return { ctx, frame: () => drain(frames), task: () => drain(tasks), end: () => ended.abort() };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('afterNextFrame', () => {
  it('runs in the task after the next frame, not in the frame itself', () => {
    const page = pageByHand();
    const runs: string[] = [];
    const schedule = afterNextFrame(page.ctx, () => runs.push('read'));
    schedule();
    page.frame();
    expect(runs).toEqual([]);
    page.task();
    expect(runs).toEqual(['read']);
  });

  it('runs once for the calls made before it runs, and again for a call after', () => {
    const page = pageByHand();
    let runs = 0;
    const schedule = afterNextFrame(page.ctx, () => runs++);
    schedule();
    schedule();
    page.frame();
    schedule();
    page.task();
    expect(runs).toBe(1);
    schedule();
    page.frame();
    page.task();
    expect(runs).toBe(2);
  });

  it('runs nothing once its page ended', () => {
    const page = pageByHand();
    let runs = 0;
    const schedule = afterNextFrame(page.ctx, () => runs++);
    schedule();
    page.end();
    page.frame();
    page.task();
    schedule();
    page.frame();
    page.task();
    expect(runs).toBe(0);
  });
});
