#!/usr/bin/env node
/**
 * The first law's "no task the extension starts exceeds 16 ms on the 5,000-post feed", read from a
 * DevTools trace: the feed (the fixtures of scripts/bench-feed.mjs, at their real hostnames) grows
 * to BENCH_TRACE_FROM posts untraced, then is traced while it grows to BENCH_FEED_POSTS. Reports
 * the extension's own time (its calls' thread time, which a loaded machine disturbs far less than
 * wall time), its longest calls and what ran inside them (a forced layout shows as Layout).
 *
 * Env: BENCH_FEEDS (x,linkedin), BENCH_FEED_POSTS (5000), BENCH_TRACE_FROM (4000), BENCH_KEYWORDS
 * (tracked keywords, e.g. "commande,livraison": every post on screen outlined), BENCH_OUT_DIR (the
 * build; default .output), BENCH_JSON (where to write the figures).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { benchKeywords, routeFeed, scrollFeedTo, trackKeywords } from './feed-fixtures.mjs';

const ROOT = join(import.meta.dirname, '..');
const EXTENSION = resolve(ROOT, process.env.BENCH_OUT_DIR ?? '.output', 'chrome-mv3');
const POSTS = Number(process.env.BENCH_FEED_POSTS ?? 5000);
const FROM = Number(process.env.BENCH_TRACE_FROM ?? 4000);
const KEYWORDS = benchKeywords();
const LONG_MS = 16;

const threadMs = (event) => (event.tdur ?? event.dur) / 1000;
const ours = (event) => JSON.stringify(event.args ?? {}).includes('chrome-extension://');
const where = (event) => {
  const data = event.args?.data ?? {};
  const file = /chrome-extension:\/\/[a-z]+\/([^"?]+)/.exec(JSON.stringify(event.args))?.[1];
  return `${data.functionName || '(anonymous)'} ${file}:${data.lineNumber ?? ''}:${data.columnNumber ?? ''}`;
};

async function traceFeed(name) {
  const profile = mkdtempSync(join(tmpdir(), 'cmc-trace-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
    ],
  });
  try {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    await trackKeywords(context, KEYWORDS);
    const url = await routeFeed(context, name, POSTS);
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.waitForTimeout(1500);
    await scrollFeedTo(tab, FROM);
    const cdp = await context.newCDPSession(tab);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => {
      for (const event of value) if (event.ph === 'X' || event.ph === 'M') events.push(event);
    });
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', {
      categories: 'toplevel,devtools.timeline,v8.execute',
      transferMode: 'ReportEvents',
    });
    await scrollFeedTo(tab, POSTS);
    await tab.waitForTimeout(1000);
    await cdp.send('Tracing.end');
    await complete;
    return events;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

function summarize(events) {
  const main = events.find(
    (event) =>
      event.ph === 'M' &&
      event.name === 'thread_name' &&
      event.args?.name === 'CrRendererMain' &&
      events.some((other) => other.pid === event.pid && other.name === 'FunctionCall' && ours(other)),
  );
  const onMain = events.filter((event) => event.ph === 'X' && event.pid === main?.pid && event.tid === main?.tid);
  const calls = onMain.filter(
    (event) => ['FunctionCall', 'EvaluateScript', 'v8.callFunction'].includes(event.name) && ours(event),
  );
  // Nested calls of ours (a callback inside a call of ours) are counted once, in the outer one.
  const outer = calls.filter(
    (call) =>
      !calls.some((other) => other !== call && other.ts <= call.ts && other.ts + other.dur >= call.ts + call.dur),
  );
  const longest = [...outer].sort((a, b) => threadMs(b) - threadMs(a)).slice(0, 5);
  return {
    extensionMs: Math.round(outer.reduce((sum, call) => sum + threadMs(call), 0) * 10) / 10,
    calls: outer.length,
    over16: outer.filter((call) => threadMs(call) > LONG_MS).length,
    longest: longest.map((call) => {
      const inside = new Map();
      for (const event of onMain) {
        if (event === call || event.ts < call.ts || event.ts + event.dur > call.ts + call.dur) continue;
        if (!['Layout', 'UpdateLayoutTree', 'MajorGC', 'MinorGC', 'V8.GC_MARK_COMPACTOR'].includes(event.name))
          continue;
        inside.set(event.name, (inside.get(event.name) ?? 0) + threadMs(event));
      }
      return {
        ms: Math.round(threadMs(call) * 10) / 10,
        where: where(call),
        inside: Object.fromEntries([...inside].map(([name, ms]) => [name, Math.round(ms * 10) / 10])),
      };
    }),
  };
}

const figures = {};
for (const name of (process.env.BENCH_FEEDS ?? 'x,linkedin').split(',')) {
  figures[name] = summarize(await traceFeed(name));
  const f = figures[name];
  console.log(
    `${name}: posts ${FROM} -> ${POSTS}${KEYWORDS.length ? ` (keywords: ${KEYWORDS.join(', ')})` : ''}: extension thread time ${f.extensionMs} ms in ${f.calls} calls, ${f.over16} over ${LONG_MS} ms`,
  );
  for (const call of f.longest)
    console.log(`  ${String(call.ms).padStart(6)} ms  ${call.where}  ${JSON.stringify(call.inside)}`);
}
if (process.env.BENCH_JSON) {
  mkdirSync(dirname(process.env.BENCH_JSON), { recursive: true });
  writeFileSync(
    process.env.BENCH_JSON,
    `${JSON.stringify({ posts: POSTS, from: FROM, keywords: KEYWORDS, figures }, null, 2)}\n`,
  );
}
