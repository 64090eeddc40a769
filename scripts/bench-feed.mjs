#!/usr/bin/env node
/**
 * Feed overhead: what the extension costs a page the user only scrolls. Real Chromium, the built
 * extension vs no extension, interleaved runs in the same bench run, on an X-like and a
 * LinkedIn-like feed (the fixtures, served at the real hostnames) that grow by 50 posts each time
 * the reader nears the bottom, up to BENCH_FEED_POSTS (5,000). Reads the DevTools protocol's
 * Performance.getMetrics (TaskDuration, ScriptDuration), the heap after a forced GC, and counts
 * long tasks (> 50 ms) with a PerformanceObserver. Prints medians and ratios; never fails on time.
 *
 * Env: BENCH_FEED_RUNS (5), BENCH_FEED_POSTS (5000), BENCH_FEEDS (x,linkedin),
 * BENCH_KEYWORDS (e.g. "commande,livraison": tracked keywords found in every post of both feeds, so
 * each post on screen is outlined; default none, the extension as installed),
 * BENCH_OUT_DIR (the build to load; default .output), BENCH_JSON (where to write the figures),
 * BENCH_BASELINE_DIR (another build, e.g. main's, run as a third interleaved variant: before → after
 * in the same conditions).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { benchKeywords, routeFeed, scrollFeedTo, trackKeywords } from './feed-fixtures.mjs';

const ROOT = join(import.meta.dirname, '..');
const EXTENSION = resolve(ROOT, process.env.BENCH_OUT_DIR ?? '.output', 'chrome-mv3');
const BASELINE = process.env.BENCH_BASELINE_DIR ? resolve(process.env.BENCH_BASELINE_DIR, 'chrome-mv3') : null;
const RUNS = Number(process.env.BENCH_FEED_RUNS ?? 5);
const POSTS = Number(process.env.BENCH_FEED_POSTS ?? 5000);

const KEYWORDS = benchKeywords();
const feeds = (process.env.BENCH_FEEDS ?? 'x,linkedin').split(',');

/** `extension` false: no extension; true: the build under test; a path: that build. */
async function launch(extension) {
  const withExtension = Boolean(extension);
  const path = typeof extension === 'string' ? extension : EXTENSION;
  const profile = mkdtempSync(join(tmpdir(), 'cmc-bench-'));
  const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
  if (withExtension) args.push(`--disable-extensions-except=${path}`, `--load-extension=${path}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args,
  });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  if (withExtension) await trackKeywords(context, KEYWORDS);
  return { context, profile };
}

const metric = (metrics, name) => metrics.find((entry) => entry.name === name)?.value ?? 0;

async function measure(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return {
    taskMs: metric(metrics, 'TaskDuration') * 1000,
    scriptMs: metric(metrics, 'ScriptDuration') * 1000,
    heapMb: metric(metrics, 'JSHeapUsedSize') / 1048576,
  };
}

/** One run: load, settle, then scroll until the feed holds POSTS posts. */
async function run(name, withExtension) {
  const { context, profile } = await launch(withExtension);
  try {
    const url = await routeFeed(context, name, POSTS);
    const tab = await context.newPage();
    await tab.addInitScript(() => {
      window.__longTasks = 0;
      new PerformanceObserver((list) => {
        window.__longTasks += list.getEntries().length;
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await tab.goto(url);
    await tab.waitForTimeout(1500);
    const loaded = await measure(cdp);
    const started = performance.now();
    await scrollFeedTo(tab, POSTS);
    const scrollMs = performance.now() - started;
    await tab.waitForTimeout(1000);
    const end = await measure(cdp);
    const longTasks = await tab.evaluate(() => window.__longTasks);
    return { load: loaded, end, scrollMs, longTasks };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const results = {};
for (const name of feeds) {
  const runs = { bare: [], extension: [], ...(BASELINE ? { baseline: [] } : {}) };
  const kinds = Object.keys(runs);
  for (let index = 0; index < RUNS; index += 1) {
    // Interleaved, and the order turns each round, so a slow moment of the machine hits all.
    const order = kinds.map((_, at) => kinds[(at + index) % kinds.length]);
    for (const kind of order) {
      const extension = kind === 'extension' ? true : kind === 'baseline' ? BASELINE : false;
      // A browser that dies under a loaded machine costs one run, not the whole bench.
      runs[kind].push(await run(name, extension).catch(() => run(name, extension)));
    }
    process.stdout.write('.');
  }
  results[name] = runs;
}
process.stdout.write('\n');

const figures = {};
const row = (label, bare, ext, unit, digits = 0) =>
  console.log(
    `${label.padEnd(34)}${bare.toFixed(digits).padStart(10)}${ext.toFixed(digits).padStart(12)}${`${(ext - bare >= 0 ? '+' : '') + (ext - bare).toFixed(digits)} ${unit}`.padStart(14)}${(bare ? ext / bare : 0).toFixed(2).padStart(8)}×`,
  );
console.log(
  `Feed overhead: ${POSTS} posts grown by 50, ${RUNS} interleaved runs, medians (Chromium, ${cpus().length} cores; build ${EXTENSION.slice(ROOT.length + 1)}${KEYWORDS.length ? `; tracked keywords: ${KEYWORDS.join(', ')}` : ''})`,
);
for (const [name, runs] of Object.entries(results)) {
  const pick = (kind, read) => median(runs[kind].map(read));
  const f = {
    loadTaskMs: [pick('bare', (r) => r.load.taskMs), pick('extension', (r) => r.load.taskMs)],
    loadScriptMs: [pick('bare', (r) => r.load.scriptMs), pick('extension', (r) => r.load.scriptMs)],
    taskMs: [pick('bare', (r) => r.end.taskMs), pick('extension', (r) => r.end.taskMs)],
    scriptMs: [pick('bare', (r) => r.end.scriptMs), pick('extension', (r) => r.end.scriptMs)],
    scrollMs: [pick('bare', (r) => r.scrollMs), pick('extension', (r) => r.scrollMs)],
    longTasks: [pick('bare', (r) => r.longTasks), pick('extension', (r) => r.longTasks)],
    heapMb: [pick('bare', (r) => r.end.heapMb), pick('extension', (r) => r.end.heapMb)],
  };
  if (runs.baseline) {
    f.baseline = {
      loadTaskMs: pick('baseline', (r) => r.load.taskMs),
      loadScriptMs: pick('baseline', (r) => r.load.scriptMs),
      taskMs: pick('baseline', (r) => r.end.taskMs),
      scriptMs: pick('baseline', (r) => r.end.scriptMs),
      scrollMs: pick('baseline', (r) => r.scrollMs),
      longTasks: pick('baseline', (r) => r.longTasks),
      heapMb: pick('baseline', (r) => r.end.heapMb),
    };
  }
  figures[name] = f;
  console.log(
    `\n${name}${'no extension'.padStart(40)}${'extension'.padStart(12)}${'difference'.padStart(14)}${'ratio'.padStart(9)}`,
  );
  row('main-thread task time, whole run', ...f.taskMs, 'ms');
  row('script time, whole run', ...f.scriptMs, 'ms');
  row('time to scroll through the feed', ...f.scrollMs, 'ms');
  row('long tasks (> 50 ms)', ...f.longTasks, '');
  row('JS heap after GC at the end', ...f.heapMb, 'MB', 1);
  row('page load + 1.5 s idle, task time', ...f.loadTaskMs, 'ms');
  row('page load + 1.5 s idle, script time', ...f.loadScriptMs, 'ms');
  if (f.baseline) {
    console.log(`  baseline build (${BASELINE}), same runs:`);
    const base = f.baseline;
    row('  task time, whole run', f.taskMs[0], base.taskMs, 'ms');
    row('  script time, whole run', f.scriptMs[0], base.scriptMs, 'ms');
    row('  time to scroll through the feed', f.scrollMs[0], base.scrollMs, 'ms');
    row('  long tasks (> 50 ms)', f.longTasks[0], base.longTasks, '');
    row('  JS heap after GC at the end', f.heapMb[0], base.heapMb, 'MB', 1);
    row('  page load + 1.5 s idle, task time', f.loadTaskMs[0], base.loadTaskMs, 'ms');
    row('  page load + 1.5 s idle, script time', f.loadScriptMs[0], base.loadScriptMs, 'ms');
  }
}
if (process.env.BENCH_JSON) {
  mkdirSync(dirname(process.env.BENCH_JSON), { recursive: true });
  writeFileSync(
    process.env.BENCH_JSON,
    `${JSON.stringify({ posts: POSTS, runs: RUNS, cores: cpus().length, keywords: KEYWORDS, baseline: BASELINE, figures, raw: results }, null, 2)}\n`,
  );
}
