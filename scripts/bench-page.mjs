#!/usr/bin/env node
/**
 * Footprint and typing in real Chromium with the built extension (no pass/fail, figures only):
 * - ready: from the content script's start to the features that must hold at once listening (its
 *   `cm-companion:ready` performance measure), the longest idle slice that starts the others
 *   (`cm-companion:idle-start`), and the page's main-thread task time to load + 1 s idle, with vs
 *   without the extension, on each network's bench fixture (Mastodon is registered at run time on
 *   granted servers only: not measured here);
 * - the extension's own main-thread time while the page loads (+ 1 s idle): the thread time of the
 *   outermost trace events that run an extension script (its evaluation, its callbacks), from a
 *   DevTools trace in separate runs; steadier than a difference of two pages' task times;
 * - typing: 12 characters typed in X's Draft.js box (guard, templates and badge active), main-thread
 *   task time per key with vs without the extension.
 * Env: BENCH_PAGE_RUNS (5), BENCH_PAGE_NETWORKS (x,youtube: a subset; BENCH_PAGE_TYPING=0 skips typing),
 * BENCH_OUT_DIR (build; default .output), BENCH_JSON (where to write).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { benchNetworks } from './bench-networks.mjs';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const EXTENSION = resolve(ROOT, process.env.BENCH_OUT_DIR ?? '.output', 'chrome-mv3');
const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);
const EDITORS = join(FIXTURES, 'editors/dist/editors.js');
const TYPED = 'Bonjour Marie';

/** Each network's bench page, read from its cases.ts (plain Node: the file is read, not imported). */
function benchPage(network) {
  const cases = readFileSync(join(FIXTURES, network, 'cases.ts'), 'utf8');
  const block = cases.slice(cases.search(/^\s*bench:/m));
  return { url: /url: '([^']+)'/.exec(block)?.[1], fixture: /fixture: '([^']+)'/.exec(block)?.[1] };
}

async function launch(withExtension) {
  const profile = mkdtempSync(join(tmpdir(), 'cmc-bench-page-'));
  const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args,
  });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  await context.route('**/__fixture__/editors.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: readFileSync(EDITORS, 'utf8') }),
  );
  return { context, profile };
}

/** Runs `body` in a fresh browser (with or without the extension), closed and removed after. */
async function inBrowser(withExtension, body) {
  const { context, profile } = await launch(withExtension);
  try {
    return await body(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Serves the network's bench fixture at its real address. */
async function serveBenchPage(context, network) {
  const { url, fixture } = benchPage(network);
  await context.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES, network, fixture)) }),
  );
  return url;
}

const taskMs = async (cdp) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((entry) => entry.name === 'TaskDuration')?.value ?? 0) * 1000;
};

async function open(context, network) {
  const url = await serveBenchPage(context, network);
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await tab.goto(url);
  return { tab, cdp };
}

function readyRun(network, withExtension) {
  return inBrowser(withExtension, async (context) => {
    const { tab, cdp } = await open(context, network);
    await tab.waitForTimeout(1000);
    // The longest entry: the idle start is measured once per slice.
    const measure = (name) =>
      tab.evaluate((n) => {
        const durations = performance.getEntriesByName(n).map((entry) => entry.duration);
        return durations.length > 0 ? Math.max(...durations) : null;
      }, name);
    const ready = withExtension ? await measure('cm-companion:ready') : null;
    const idleStart = withExtension ? await measure('cm-companion:idle-start') : null;
    return { ready, idleStart, loadTaskMs: await taskMs(cdp) };
  });
}

/** Main-thread thread time of the outermost trace events running an extension script, page load + 1 s. */
function extensionScriptRun(network) {
  return inBrowser(true, async (context) => {
    const url = await serveBenchPage(context, network);
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    const events = [];
    cdp.on('Tracing.dataCollected', (data) => events.push(...data.value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
      transferMode: 'ReportEvents',
    });
    await tab.goto(url);
    await tab.waitForTimeout(1000);
    await cdp.send('Tracing.end');
    await complete;
    const threadNames = new Map();
    for (const event of events) {
      if (event.ph === 'M' && event.name === 'thread_name')
        threadNames.set(`${event.pid}:${event.tid}`, event.args.name);
    }
    const busy = new Map();
    for (const event of events) {
      const thread = `${event.pid}:${event.tid}`;
      if (event.ph === 'X' && threadNames.get(thread) === 'CrRendererMain')
        busy.set(thread, (busy.get(thread) ?? 0) + event.dur);
    }
    const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
    const slices = events
      .filter((event) => `${event.pid}:${event.tid}` === main && event.ph === 'X' && event.dur)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    let until = -1;
    let ms = 0;
    for (const event of slices) {
      if (event.ts < until || !JSON.stringify(event.args ?? {}).includes('chrome-extension://')) continue;
      until = event.ts + event.dur;
      ms += (event.tdur ?? event.dur) / 1000;
    }
    return ms;
  });
}

function typingRun(withExtension) {
  return inBrowser(withExtension, async (context) => {
    const { tab, cdp } = await open(context, 'x');
    await tab.waitForTimeout(1000);
    await tab.locator('[data-fixture-id="x-home"] [contenteditable="true"]').first().click();
    await tab.waitForTimeout(300);
    const before = await taskMs(cdp);
    await tab.keyboard.type(TYPED.slice(0, 12), { delay: 40 });
    await tab.waitForTimeout(300);
    return { perKeyMs: ((await taskMs(cdp)) - before) / 12 };
  });
}

const median = (values) => {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? null : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fixed = (value, digits = 1) => (value === null ? '—' : value.toFixed(digits));

const wanted = process.env.BENCH_PAGE_NETWORKS?.split(',');
const networks = benchNetworks(FIXTURES).filter(
  (network) => network !== 'mastodon' && (!wanted || wanted.includes(network)),
);
const figures = { ready: {}, typing: null };
console.log(`Footprint: content script ready, ${RUNS} interleaved runs, medians (build ${EXTENSION})`);
console.log(
  `${'network'.padEnd(12)}${'ready ms'.padStart(10)}${'idle slice'.padStart(12)}${'load task ms'.padStart(16)}${'bare'.padStart(8)}${'extra'.padStart(8)}${'ext. script'.padStart(13)}`,
);
for (const network of networks) {
  const runs = { bare: [], extension: [] };
  for (let index = 0; index < RUNS; index += 1) {
    for (const kind of index % 2 ? ['extension', 'bare'] : ['bare', 'extension']) {
      runs[kind].push(await readyRun(network, kind === 'extension'));
    }
  }
  const ready = median(runs.extension.map((run) => run.ready));
  const idleStart = median(runs.extension.map((run) => run.idleStart));
  const load = median(runs.extension.map((run) => run.loadTaskMs));
  const bare = median(runs.bare.map((run) => run.loadTaskMs));
  const scripts = [];
  for (let index = 0; index < RUNS; index += 1) scripts.push(await extensionScriptRun(network));
  const extensionScriptMs = median(scripts);
  figures.ready[network] = { readyMs: ready, idleStartMs: idleStart, loadTaskMs: [bare, load], extensionScriptMs };
  console.log(
    `${network.padEnd(12)}${fixed(ready).padStart(10)}${fixed(idleStart).padStart(12)}${fixed(load, 0).padStart(16)}${fixed(bare, 0).padStart(8)}${`+${fixed(load - bare, 0)}`.padStart(8)}${fixed(extensionScriptMs).padStart(13)}`,
  );
}
const typing = { bare: [], extension: [] };
if (process.env.BENCH_PAGE_TYPING !== '0') {
  for (let index = 0; index < RUNS; index += 1) {
    for (const kind of index % 2 ? ['extension', 'bare'] : ['bare', 'extension']) {
      typing[kind].push((await typingRun(kind === 'extension')).perKeyMs);
    }
  }
  const [bareKey, extKey] = [median(typing.bare), median(typing.extension)];
  figures.typing = { perKeyMs: [bareKey, extKey] };
  console.log(
    `\nTyping 12 characters in X's box (guard active): main-thread task time per key ${fixed(bareKey, 2)} ms bare, ${fixed(extKey, 2)} ms with the extension (${extKey - bareKey >= 0 ? '+' : ''}${fixed(extKey - bareKey, 2)} ms)`,
  );
}
if (process.env.BENCH_JSON) {
  mkdirSync(dirname(process.env.BENCH_JSON), { recursive: true });
  writeFileSync(process.env.BENCH_JSON, `${JSON.stringify({ runs: RUNS, figures, raw: { typing } }, null, 2)}\n`);
}
