// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createElementWatch } from '@/lib/content/element-watch';
import { idleQueue, SLICE_MS } from '@/lib/content/idle';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('createElementWatch', () => {
  const controller = new AbortController();
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('reports the matches on the page, then only those added or changed, never the page again', async () => {
    document.body.innerHTML = '<main><article id="a1"><p>one</p></article></main>';
    const watch = createElementWatch(document, controller.signal);
    const seen: string[][] = [];
    const stop = watch.watch('article', (elements) => seen.push(elements.map((element) => element.id)));
    await settle();
    expect(seen).toEqual([['a1']]);

    const main = document.querySelector('main') as HTMLElement;
    const query = vi.spyOn(document, 'querySelectorAll');
    const cell = document.createElement('div');
    cell.innerHTML = '<article id="a2"><p>two</p></article><article id="a3"></article>';
    main.append(cell);
    await settle();
    expect(seen.at(-1)?.sort()).toEqual(['a2', 'a3']);
    // A post re-rendered in place (a node added inside it) is reported again, alone.
    document.querySelector('#a1 p')?.append(document.createElement('span'));
    await settle();
    expect(seen.at(-1)).toEqual(['a1']);
    expect(query).not.toHaveBeenCalled();

    stop();
    main.append(Object.assign(document.createElement('article'), { id: 'a4' }));
    await settle();
    expect(seen.flat()).not.toContain('a4');
  });

  it('with existing: false, reports only what is added, without querying the page', async () => {
    document.body.innerHTML = '<main><article id="b1"></article></main>';
    const watch = createElementWatch(document, controller.signal);
    const query = vi.spyOn(document, 'querySelectorAll');
    const seen: string[][] = [];
    const stop = watch.watch('article', (elements) => seen.push(elements.map((element) => element.id)), {
      existing: false,
    });
    await settle();
    expect(seen).toEqual([]);
    document.querySelector('main')?.append(Object.assign(document.createElement('article'), { id: 'b2' }));
    await settle();
    expect(seen).toEqual([['b2']]);
    expect(query).not.toHaveBeenCalled();
    stop();
    query.mockRestore();
  });

  it('stops with its signal', async () => {
    const ended = new AbortController();
    const watch = createElementWatch(document, ended.signal);
    const seen: HTMLElement[] = [];
    watch.watch('article', (elements) => seen.push(...elements));
    await settle();
    ended.abort();
    document.body.append(document.createElement('article'));
    await settle();
    expect(seen).toEqual([]);
  });
});

describe('idleQueue', () => {
  it('works in slices of at most SLICE_MS, each item once, in order', async () => {
    const done: number[] = [];
    let slices = 0;
    const queue = idleQueue<number>(
      new AbortController().signal,
      (item) => {
        const until = performance.now() + 1;
        while (performance.now() < until) {
          // Each item costs about a millisecond.
        }
        done.push(item);
      },
      () => {
        slices += 1;
      },
    );
    for (let item = 0; item < 20; item += 1) queue.push(item);
    await vi.waitFor(() => expect(done).toHaveLength(20));
    expect(done).toEqual([...Array(20).keys()]);
    // 20 items of ~1 ms in slices of SLICE_MS: several slices, never one long task.
    expect(slices).toBeGreaterThanOrEqual(Math.floor(20 / (SLICE_MS + 1)));
    expect(queue.size()).toBe(0);
  });
});
