import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const EXT = process.env.EXT;
const RUNS = Number(process.env.RUNS ?? 3);
const agg = { nodes: [], samples: [], timeDeltas: [] };
const POSTS = Number(process.env.POSTS ?? 1000);
const feed = {
  url: 'https://www.linkedin.com/feed/',
  fixture: 'linkedin/feed.html',
  selector: 'div.feed-shared-update-v2[data-urn]',
};
const html = readFileSync(join(FIXTURES, feed.fixture), 'utf8');
const config = JSON.stringify({ selector: feed.selector, batch: 50, max: POSTS }).replaceAll('"', '&quot;');
const body = html.replace('</body>', `<script src="/__bench__/grow.js" data-config="${config}"></script></body>`);
for (let run = 0; run < RUNS; run++) {
  const profile = mkdtempSync(join(tmpdir(), 'cmc-prof-'));
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    `--disable-extensions-except=${EXT}`,
    `--load-extension=${EXT}`,
  ];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args,
  });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  await context.route(feed.url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  await context.route('**/__fixture__/editors.js', (r) =>
    r.fulfill({
      contentType: 'text/javascript',
      body: readFileSync(join(FIXTURES, 'editors/dist/editors.js'), 'utf8'),
    }),
  );
  await context.route('**/__bench__/grow.js', (r) =>
    r.fulfill({
      contentType: 'text/javascript',
      body: readFileSync(join(ROOT, 'tests/bench-browser/grow-feed.js'), 'utf8'),
    }),
  );
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await tab.goto(feed.url);
  await tab.waitForTimeout(1500);
  const { profile: prof } = await cdp.send('Profiler.stop');
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  const off = agg.nodes.length ? Math.max(...agg.nodes.map((n) => n.id)) : 0;
  for (const n of prof.nodes) {
    agg.nodes.push({ ...n, id: n.id + off, children: (n.children ?? []).map((c) => c + off) });
  }
  agg.samples.push(...prof.samples.map((s) => s + off));
  agg.timeDeltas.push(...prof.timeDeltas);
}
report(agg);
process.exit(0);
await cdp.send('Profiler.start');
await tab.evaluate(async (max) => {
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  while (window.__benchPosts() < max) {
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
  }
  await frame();
}, POSTS);
await tab.waitForTimeout(1000);

await context.close();
rmSync(profile, { recursive: true, force: true });
function report(prof) {
  // self time per function, extension scripts only; and inclusive per top extension frame
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const dt = prof.timeDeltas;
  const total = new Map();
  prof.samples.forEach((id, i) => {
    const ms = (dt[i] ?? 0) / 1000;
    const n = byId.get(id);
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    if (true) self.set(key, (self.get(key) ?? 0) + ms);
    // inclusive: every extension frame on the stack once
    const seen = new Set();
    let cur = id;
    while (cur !== undefined) {
      const cf = byId.get(cur).callFrame;
      if (cf.url.startsWith('chrome-extension')) {
        const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
        if (!seen.has(k)) {
          seen.add(k);
          total.set(k, (total.get(k) ?? 0) + ms);
        }
      }
      cur = parent.get(cur);
    }
  });
  const top = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  console.log('SELF (extension)\n' + top(self));
  if (process.env.FOCUS) {
    const want = process.env.FOCUS;
    const excl = process.env.EXCL;
    const by = new Map();
    prof.samples.forEach((id, i) => {
      const ms = (dt[i] ?? 0) / 1000;
      const stack = [];
      let cur = id;
      while (cur !== undefined) {
        const cf = byId.get(cur).callFrame;
        stack.push(`${cf.functionName || '(anon)'}:${cf.url.split('/').pop()}:${cf.lineNumber}`);
        cur = parent.get(cur);
      }
      const at = stack.findIndex((f) => f === want);
      if (at < 0) return;
      if (excl && stack.some((f) => f === excl)) return;
      const k =
        stack
          .slice(Math.max(0, at - Number(process.env.DEPTH ?? 1)), at)
          .reverse()
          .join(' > ') || '(self)';
      by.set(k, (by.get(k) ?? 0) + ms);
    });
    console.log(
      '\nFOCUS\n' +
        [...by]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 40)
          .map(([k, v]) => v.toFixed(1).padStart(7) + ' ' + k)
          .join('\n'),
    );
  }
  if (process.env.CALLERS) {
    const want = process.env.CALLERS;
    const by = new Map();
    prof.samples.forEach((id, i) => {
      const ms = (dt[i] ?? 0) / 1000;
      const stack = [];
      let cur = id;
      while (cur !== undefined) {
        const cf = byId.get(cur).callFrame;
        stack.push(`${cf.functionName || '(anon)'}:${cf.url.split('/').pop()}:${cf.lineNumber}`);
        cur = parent.get(cur);
      }
      const at = stack.findIndex((f) => f === want);
      if (at < 0) return;
      const k = stack.slice(at, at + Number(process.env.DEPTH ?? 6)).join(' < ');
      by.set(k, (by.get(k) ?? 0) + ms);
    });
    console.log(
      '\nCALLERS\n' +
        [...by]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 30)
          .map(([k, v]) => v.toFixed(1).padStart(7) + ' ' + k)
          .join('\n'),
    );
  }
  console.log('\nINCLUSIVE (extension)\n' + top(total));
}
