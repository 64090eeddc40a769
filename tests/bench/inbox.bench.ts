/**
 * Inbox at 100,000 items (fake-indexeddb in Node, so absolute times are far slower than Chrome's
 * IndexedDB; the ratios are what to watch): seeding, building the background's in-memory index
 * (once per worker start), each query's ids from it, the window of items then read by id, and
 * the virtual list's render cost in happy-dom. Prints figures only. Chromium figures:
 * tests/bench-browser/inbox-100k.spec.ts.
 */
import { deleteDB } from 'idb';
import { h, render } from 'preact';
import { expect, it, vi } from 'vitest';
import { VirtualRows } from '../../components/inbox/virtual-rows';
import { getInboxItems } from '../../lib/db/inbox-query';
import { openCompanionDb } from '../../lib/db/open';
import { InboxIndex } from '../../lib/inbox/inbox-index';
import type { InboxQuery } from '../../lib/inbox/query';
import { OPEN_STATUSES } from '../../lib/inbox/query';
import { makeItem } from '../../lib/inbox/test-items';

const COUNT = Number(process.env.BENCH_INBOX_ITEMS ?? 100_000);
const report = (line: string) => console.log(`BENCH| ${line}`);

async function time<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

it(`inbox queries on ${COUNT.toLocaleString('en')} items`, async () => {
  const name = 'inbox-bench';
  await deleteDB(name);
  const db = await openCompanionDb(name);
  const [, seedMs] = await time(async () => {
    const batch = 10_000;
    for (let start = 0; start < COUNT; start += batch) {
      const tx = db.transaction('inbox', 'readwrite');
      for (let index = start; index < Math.min(COUNT, start + batch); index++) {
        void tx.store.put(
          makeItem(index, {
            sentiment: (['positive', 'neutral', 'negative', 'question', 'complaint'] as const)[index % 5],
            assignee: index % 7 === 0 ? 'Léa' : undefined,
          }),
        );
      }
      await tx.done;
    }
  });
  report(`inbox: seeded ${COUNT.toLocaleString('en')} items into fake-indexeddb in ${seedMs.toFixed(0)} ms`);

  const queries: [string, InboxQuery][] = [
    ['unfiltered, newest (index keys only)', {}],
    ['open statuses (default view)', { statuses: [...OPEN_STATUSES] }],
    ['one status', { statuses: ['new'] }],
    ['network', { network: 'x' }],
    ['tag (multiEntry index)', { tag: 'urgent' }],
    ['assignee (index)', { assignee: 'Léa' }],
    ['sentiment + network', { sentiment: 'complaint', network: 'linkedin' }],
    ['full-text search', { search: 'livraison' }],
    ['search + open, sort by author', { search: 'produit', statuses: [...OPEN_STATUSES], sort: 'author' }],
  ];
  const [index, buildMs] = await time(async () => new InboxIndex(await db.getAll('inbox')));
  report(`inbox: index built from the store in ${buildMs.toFixed(0)} ms (once per worker start)`);
  report(
    `${'query'.padEnd(38)}${'matches'.padStart(9)}${'scan ms'.padStart(10)}${'window ms'.padStart(11)}${'ratio'.padStart(8)}`,
  );
  for (const [label, query] of queries) {
    const [ids, scanMs] = await time(() => index.ids(query));
    // What scrolling costs once the ids are cached: one window of 100 items by key.
    const [items, windowMs] = await time(() => getInboxItems(db, ids.slice(0, 100)));
    expect(items.length).toBe(Math.min(100, ids.length));
    report(
      `${label.padEnd(38)}${String(ids.length).padStart(9)}${scanMs.toFixed(0).padStart(10)}${windowMs.toFixed(1).padStart(11)}${(scanMs / Math.max(windowMs, 0.01)).toFixed(0).padStart(8)}`,
    );
  }
  db.close();
  await deleteDB(name);
}, 600_000);

it('virtual list render cost in happy-dom does not grow with the item count', async () => {
  const renderRow = (index: number) => h('div', { class: 'row' }, `Row ${index}`);
  // happy-dom has no layout: give the scroller a side-panel-sized box.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(400);
  const results: [number, number, number, number][] = [];
  for (const count of [1_000, 10_000, 100_000]) {
    const root = document.createElement('div');
    document.body.append(root);
    const [, mountMs] = await time(() =>
      render(
        h(VirtualRows, {
          count,
          rowHeight: 78,
          focusIndex: 0,
          onRange: () => undefined,
          renderRow,
        }),
        root,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    const rows = root.querySelectorAll('.row').length;
    // Jump to the middle with the keyboard cursor, as j/k or End do.
    const [, jumpMs] = await time(async () => {
      render(
        h(VirtualRows, {
          count,
          rowHeight: 78,
          focusIndex: Math.floor(count / 2),
          onRange: () => undefined,
          renderRow,
        }),
        root,
      );
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    results.push([count, rows, mountMs, jumpMs]);
    render(null, root);
    root.remove();
  }
  const base = results[0]?.[2] ?? 1;
  for (const [count, rows, mountMs, jumpMs] of results) {
    report(
      `virtual list: ${String(count).padStart(7)} items → ${rows} rows in the DOM, mount ${mountMs.toFixed(1)} ms (×${(mountMs / base).toFixed(2)} of 1,000), jump to middle ${jumpMs.toFixed(1)} ms`,
    );
  }
  expect(results.every(([, rows]) => rows < 40)).toBe(true);
});
