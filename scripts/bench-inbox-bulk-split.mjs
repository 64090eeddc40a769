// The inbox's bulk change, measured apart in Chromium (session 8, issue 14): would keeping the triage
// fields in their own small records make a bulk status change of 10,000 items commit faster?
// A page's IndexedDB holds 100,000 items shaped like tests/bench-browser/inbox-100k.spec.ts's, each
// also as a small triage record in a second store; then, interleaved, 10,000 items change status:
// - full: read and rewrite the whole items (the store as it is, four indexes), as the extension does;
// - small: read and write only the triage records (one index), the split store's bulk change;
// - overlay: read both and write the triage record (a split that still reads the whole items).
// Prints the medians of each part: the reads, issuing the writes, the commit.
// Usage: node scripts/bench-inbox-bulk-split.mjs [repetitions=5]
import { chromium } from '@playwright/test';

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.route('https://bench.test/**', (r) => r.fulfill({ contentType: 'text/html', body: '<p>x</p>' }));
await page.goto('https://bench.test/');
const reps = Number(process.argv[2] ?? 5);
const out = await page.evaluate(async (reps) => {
  const open = () =>
    new Promise((res, rej) => {
      const q = indexedDB.open('split', 1);
      q.onupgradeneeded = () => {
        const db = q.result;
        const a = db.createObjectStore('inbox', { keyPath: 'id' });
        a.createIndex('byKey', 'key', { unique: true });
        a.createIndex('byPermalink', 'permalink', { unique: true });
        a.createIndex('byStatus', 'status');
        a.createIndex('byCapturedAt', 'capturedAt');
        const b = db.createObjectStore('triage', { keyPath: 'id' });
        b.createIndex('byStatus', 'status');
      };
      q.onsuccess = () => res(q.result);
      q.onerror = () => rej(q.error);
    });
  const db = await open();
  const done = (tx) =>
    new Promise((res, rej) => {
      tx.oncomplete = res;
      tx.onerror = () => rej(tx.error);
      tx.onabort = () => rej(tx.error);
    });
  const words = [
    'livraison',
    'produit',
    'merci',
    'retard',
    'commande',
    'prix',
    'service',
    'bravo',
    'colis',
    'remboursement',
  ];
  const statuses = ['new', 'to-answer', 'answered', 'archived'];
  const tx = db.transaction(['inbox', 'triage'], 'readwrite');
  for (let i = 0; i < 100000; i++) {
    const id = `bulk-${String(i).padStart(6, '0')}`;
    const st = statuses[i % 4];
    const triage = {
      id,
      status: st,
      tags: i % 5 === 0 ? ['urgent'] : [],
      updatedAt: 1780000000000 + i,
      ...(i % 7 === 0 ? { assignee: 'Léa' } : {}),
      sentiment: 'neutral',
      sentimentSource: 'suggested',
    };
    tx.objectStore('triage').put(triage);
    tx.objectStore('inbox').put({
      ...triage,
      key: `x:${id}`,
      network: 'x',
      postId: id,
      permalink: `https://example.org/x/${i}`,
      authorName: `Léa Martin ${i % 997}`,
      authorHandle: `@author${i % 997}`,
      authorUrl: '',
      text: `${words[i % 10]} ${words[(i * 7) % 10]} numéro ${i} ${'lorem ipsum '.repeat(i % 8)}`,
      pageUrl: 'https://example.org/',
      kind: 'comment',
      capturedAt: 1780000000000 + i * 60000,
    });
  }
  await done(tx);
  const ids = Array.from({ length: 10000 }, (_, i) => `bulk-${String(i * 3).padStart(6, '0')}`);
  const results = { full: [], small: [] };
  let flip = 0;
  async function run(store) {
    const t0 = performance.now();
    const tx = db.transaction([store], 'readwrite');
    const s = tx.objectStore(store);
    const got = await Promise.all(
      ids.map(
        (id) =>
          new Promise((res) => {
            const r = s.get(id);
            r.onsuccess = () => res(r.result);
          }),
      ),
    );
    const t1 = performance.now();
    flip++;
    for (const it of got) s.put({ ...it, status: statuses[flip % 4], updatedAt: it.updatedAt + 1 });
    const t2 = performance.now();
    tx.commit();
    await done(tx);
    const t3 = performance.now();
    return { total: t3 - t0, reads: t1 - t0, issue: t2 - t1, commit: t3 - t2 };
  }
  async function overlay() {
    const t0 = performance.now();
    const tx = db.transaction(['inbox', 'triage'], 'readwrite');
    const a = tx.objectStore('inbox');
    const b = tx.objectStore('triage');
    const req = (r) =>
      new Promise((res) => {
        r.onsuccess = () => res(r.result);
      });
    const [got, tri] = await Promise.all([
      Promise.all(ids.map((id) => req(a.get(id)))),
      Promise.all(ids.map((id) => req(b.get(id)))),
    ]);
    const t1 = performance.now();
    flip++;
    for (const [k, it] of got.entries()) {
      b.put({
        ...(tri[k] ?? {}),
        id: it.id,
        status: statuses[flip % 4],
        baseStatus: it.status,
        tags: it.tags,
        updatedAt: it.updatedAt + 1,
        sentiment: it.sentiment,
        sentimentSource: it.sentimentSource,
      });
    }
    const t2 = performance.now();
    tx.commit();
    await done(tx);
    const t3 = performance.now();
    return { total: t3 - t0, reads: t1 - t0, issue: t2 - t1, commit: t3 - t2 };
  }
  results.overlay = [];
  for (let r = 0; r < reps; r++) {
    results.full.push(await run('inbox'));
    results.small.push(await run('triage'));
    results.overlay.push(await overlay());
  }
  const med = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
  };
  const summary = {};
  for (const [k, rs] of Object.entries(results))
    summary[k] = Object.fromEntries(
      ['total', 'reads', 'issue', 'commit'].map((f) => [f, Math.round(med(rs.map((x) => x[f])))]),
    );
  return summary;
}, reps);
console.log(JSON.stringify(out, null, 1));
await browser.close();
