import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const VARIANTS = (process.env.VARIANTS ?? 'bare=').split(',').map((s) => s.split('='));
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
const metric = (m, n) => m.find((e) => e.name === n)?.value ?? 0;
async function run(feed, ext) {
  const html = readFileSync(join(FIXTURES, feed.fixture), 'utf8');
  const config = JSON.stringify({ selector: feed.selector, batch: 50, max: 5000 }).replaceAll('"', '&quot;');
  const body = html.replace('</body>', `<script src="/__bench__/grow.js" data-config="${config}"></script></body>`);
  const profile = mkdtempSync(join(tmpdir(), 'cmc-lb-'));
  const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
  if (ext) args.push(`--disable-extensions-except=${ext}`, `--load-extension=${ext}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args,
  });
  try {
    if (ext && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    await context.route(feed.url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body }));
    await context.route('**/__fixture__/editors.js', (r) =>
      r.fulfill({ contentType: 'text/javascript', body: EDITORS }),
    );
    await context.route('**/__bench__/grow.js', (r) => r.fulfill({ contentType: 'text/javascript', body: GROW }));
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await tab.goto(feed.url);
    await tab.waitForTimeout(1500);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return {
      task: metric(metrics, 'TaskDuration') * 1000,
      script: metric(metrics, 'ScriptDuration') * 1000,
      heap: metric(metrics, 'JSHeapUsedSize') / 1048576,
    };
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
  for (let i = 0; i < RUNS; i++) for (const [n, ext] of VARIANTS) res[n].push(await run(feeds[name], ext || null));
  const bare = res[VARIANTS[0][0]];
  console.log(`${name} (${RUNS} runs, load ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
  for (const [n] of VARIANTS) {
    const r = res[n];
    console.log(
      n.padEnd(10),
      'task',
      med(r.map((x) => x.task)).toFixed(1),
      'script',
      med(r.map((x) => x.script)).toFixed(1),
      'heap',
      med(r.map((x) => x.heap)).toFixed(2),
      ' all task:',
      r.map((x) => x.task.toFixed(0)).join(' '),
    );
  }
}
