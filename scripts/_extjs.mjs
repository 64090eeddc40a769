// Per load: main-thread time in the extension's scripts (trace events whose args name a chrome-extension:// url, outermost only).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const VARIANTS = (process.env.VARIANTS ?? '').split(',').map((s) => s.split('='));
const RUNS = Number(process.env.RUNS ?? 5);
const feeds = {
  linkedin: {
    url: 'https://www.linkedin.com/feed/',
    fixture: 'linkedin/feed.html',
    selector: 'div.feed-shared-update-v2[data-urn]',
  },
  x: { url: 'https://x.com/home', fixture: 'x/feed.html', selector: 'div[data-testid="cellInnerDiv"]:has(article)' },
};
const GROW = readFileSync(join(ROOT, 'tests/bench-browser/grow-feed.js'), 'utf8');
const EDITORS = readFileSync(join(FIXTURES, 'editors/dist/editors.js'), 'utf8');
async function run(feed, ext) {
  const html = readFileSync(join(FIXTURES, feed.fixture), 'utf8');
  const config = JSON.stringify({ selector: feed.selector, batch: 50, max: 5000 }).replaceAll('"', '&quot;');
  const body = html.replace('</body>', `<script src="/__bench__/grow.js" data-config="${config}"></script></body>`);
  const profile = mkdtempSync(join(tmpdir(), 'cmc-ej-'));
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
  ];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args,
  });
  try {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    await context.route(feed.url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body }));
    await context.route('**/__fixture__/editors.js', (r) =>
      r.fulfill({ contentType: 'text/javascript', body: EDITORS }),
    );
    await context.route('**/__bench__/grow.js', (r) => r.fulfill({ contentType: 'text/javascript', body: GROW }));
    const tab = await context.newPage();
    await tab.goto('about:blank');
    const cdp = await context.newCDPSession(tab);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,v8,blink,extensions',
      transferMode: 'ReportEvents',
    });
    await tab.goto(feed.url);
    await tab.waitForTimeout(1500);
    await cdp.send('Tracing.end');
    await done;
    const names = new Map();
    for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
    const byTid = new Map();
    for (const e of events)
      if (e.ph === 'X' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')
        byTid.set(`${e.pid}:${e.tid}`, (byTid.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
    const main = [...byTid].sort((a, b) => b[1] - a[1])[0][0];
    const mine = events
      .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    let until = -1;
    const by = {};
    let total = 0;
    for (const e of mine) {
      if (e.ts < until) continue;
      const s = JSON.stringify(e.args ?? {});
      const m = /chrome-extension:\/\/[a-z]+\/([^"?]+)/.exec(s);
      if (!m) continue;
      until = e.ts + e.dur;
      const k = `${e.name} ${m[1].replace('content-scripts/', '')}`;
      by[k] = (by[k] ?? 0) + (e.tdur ?? e.dur) / 1000;
      total += (e.tdur ?? e.dur) / 1000;
    }
    const inner = {};
    if (process.env.INNER)
      for (const ev of mine.filter(
        (e) =>
          e.name === 'EvaluateScript' &&
          /chrome-extension:\/\/[a-z]+\/content-scripts\/(x|linkedin)/.test(JSON.stringify(e.args ?? {})),
      )) {
        for (const e of mine)
          if (e !== ev && e.ts >= ev.ts && e.ts + e.dur <= ev.ts + ev.dur)
            inner[e.name] = (inner[e.name] ?? 0) + (e.tdur ?? e.dur) / 1000;
      }
    for (const [k, v] of Object.entries(inner)) by['  in eval: ' + k] = v;
    const micro = mine.filter((e) => e.name === 'RunMicrotasks').reduce((a, e) => a + (e.tdur ?? e.dur) / 1000, 0);
    return { total, by, micro };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
const med = (a) => {
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
for (const name of (process.env.FEEDS ?? 'linkedin').split(',')) {
  const res = Object.fromEntries(VARIANTS.map(([n]) => [n, []]));
  for (let i = 0; i < RUNS; i++) for (const [n, ext] of VARIANTS) res[n].push(await run(feeds[name], ext));
  console.log(`${name} (${RUNS} runs, load ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
  for (const [n] of VARIANTS) {
    const r = res[n];
    const keys = new Set(r.flatMap((x) => Object.keys(x.by)));
    console.log(
      n.padEnd(8),
      'extension JS',
      med(r.map((x) => x.total)).toFixed(1),
      'ms (all:',
      r.map((x) => x.total.toFixed(1)).join(' '),
      ') microtasks(all)',
      med(r.map((x) => x.micro)).toFixed(1),
    );
    for (const k of [...keys].sort()) console.log('   ', k.padEnd(50), med(r.map((x) => x.by[k] ?? 0)).toFixed(2));
  }
}
