#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark of the project, one entry point. Runs the site-adapter scans
 * (tests/bench/sites.bench.ts, one network per process: a 1,000-post happy-dom page is heavy),
 * then any other tests/bench/*.bench.ts in one vitest run, then prints the content-script bundle
 * sizes of the latest build. Prints figures and ratios only: nothing here passes or fails on time.
 *
 * Env: BENCH_NETWORKS=x,reddit (subset), BENCH_SIZES=10,100,1000 (feed sizes, smallest first),
 * BENCH_OUT_DIR=.output-me (build to measure; default: the newest .output*\/chrome-mv3).
 * Then, in real Chromium, each content script's time to ready and the typing cost per key
 * (scripts/bench-page.mjs; BENCH_PAGE=0 skips it; bench/page-footprint.json), and last the feed
 * overhead (scripts/bench-feed.mjs; BENCH_FEED=0 skips it), its figures written to
 * bench/feed-overhead.json for the next run to compare, then the extension's longest call on the
 * same feeds with tracked keywords (scripts/bench-feed-trace.mjs; BENCH_FEED_TRACE=0 skips it;
 * bench/feed-trace.json).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchNetworks } from './bench-networks.mjs';

const ROOT = join(import.meta.dirname, '..');
const NETWORKS = benchNetworks(join(ROOT, 'tests/fixtures'));

function vitest(files, env) {
  const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=8192`, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) console.log(output);
  // vitest may print its own "stdout | file > test" header and colour codes on the same line.
  const plain = output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  return [...plain.matchAll(/BENCH\| (.*)$/gm)].map((match) => match[1]);
}

const networks = process.env.BENCH_NETWORKS?.split(',') ?? NETWORKS;
const sizes = process.env.BENCH_SIZES ?? '10,100,1000';
console.log(
  `Site adapters on synthetic feeds (copies of the feed fixture's first post; happy-dom; median ms per scan;`,
);
console.log('ratio = time / time on the smallest feed)');
console.log(
  `${'network'.padEnd(10)}${'copies'.padStart(7)}${'posts'.padStart(7)}${'posts ms'.padStart(10)}${'posts/ms'.padStart(10)}${'ratio'.padStart(7)}${'composers ms'.padStart(14)}${'ratio'.padStart(7)}${'account ms'.padStart(12)}${'ratio'.padStart(7)}`,
);
for (const network of networks) {
  for (const line of vitest(['tests/bench/sites.bench.ts'], { BENCH_NETWORKS: network, BENCH_SIZES: sizes })) {
    console.log(line);
  }
}

const others = readdirSync(join(ROOT, 'tests/bench'))
  .filter((file) => file.endsWith('.bench.ts') && file !== 'sites.bench.ts')
  .map((file) => `tests/bench/${file}`);
if (others.length > 0) {
  console.log(`\nOther benchmarks (${others.join(', ')})`);
  for (const line of vitest(others, {})) console.log(line);
}

/** The build to measure: BENCH_OUT_DIR, else the most recently built .output*\/chrome-mv3. */
function latestBuild() {
  if (process.env.BENCH_OUT_DIR) return join(ROOT, process.env.BENCH_OUT_DIR, 'chrome-mv3');
  const builds = readdirSync(ROOT)
    .filter((dir) => dir.startsWith('.output') && existsSync(join(ROOT, dir, 'chrome-mv3', 'manifest.json')))
    .map((dir) => join(ROOT, dir, 'chrome-mv3'))
    .sort((a, b) => statSync(join(b, 'manifest.json')).mtimeMs - statSync(join(a, 'manifest.json')).mtimeMs);
  return builds[0];
}

const build = latestBuild();
const scripts = build ? join(build, 'content-scripts') : '';
if (!scripts || !existsSync(scripts)) {
  console.log('\nContent-script bundles: no build found (run a wxt build first).');
} else {
  console.log(
    `\nContent-script bundles (${scripts.slice(ROOT.length + 1)}, built ${statSync(scripts).mtime.toISOString()})`,
  );
  console.log(`${'file'.padEnd(24)}${'bytes'.padStart(10)}${'gzip'.padStart(10)}${'gzip ratio'.padStart(12)}`);
  let bytes = 0;
  let gzip = 0;
  for (const file of readdirSync(scripts)
    .filter((name) => name.endsWith('.js'))
    .sort()) {
    const data = readFileSync(join(scripts, file));
    const zipped = gzipSync(data, { level: 9 }).length;
    bytes += data.length;
    gzip += zipped;
    console.log(
      `${file.padEnd(24)}${String(data.length).padStart(10)}${String(zipped).padStart(10)}${(zipped / data.length).toFixed(3).padStart(12)}`,
    );
  }
  console.log(
    `${'total'.padEnd(24)}${String(bytes).padStart(10)}${String(gzip).padStart(10)}${(gzip / bytes).toFixed(3).padStart(12)}`,
  );
}

// What each extension page loads before its first paint: the HTML's module script, its preloaded
// chunks and its stylesheets (chunks imported later, such as Reports and its charts, are not counted).
if (build && existsSync(build)) {
  console.log(`\nPage first paint (${build.slice(ROOT.length + 1)})`);
  console.log(`${'page'.padEnd(24)}${'bytes'.padStart(10)}${'gzip'.padStart(10)}${'files'.padStart(8)}`);
  for (const page of readdirSync(build)
    .filter((name) => name.endsWith('.html'))
    .sort()) {
    const html = readFileSync(join(build, page), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
    let bytes = 0;
    let gzip = 0;
    for (const file of files) {
      const data = readFileSync(join(build, file));
      bytes += data.length;
      gzip += gzipSync(data, { level: 9 }).length;
    }
    console.log(
      `${page.padEnd(24)}${String(bytes).padStart(10)}${String(gzip).padStart(10)}${String(files.length).padStart(8)}`,
    );
  }
}

if (process.env.BENCH_PAGE !== '0') {
  console.log('');
  spawnSync('node', ['scripts/bench-page.mjs'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { BENCH_JSON: join(ROOT, 'bench/page-footprint.json'), ...process.env },
  });
}

if (process.env.BENCH_FEED !== '0') {
  console.log('');
  spawnSync('node', ['scripts/bench-feed.mjs'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { BENCH_JSON: join(ROOT, 'bench/feed-overhead.json'), ...process.env },
  });
}

if (process.env.BENCH_FEED_TRACE !== '0') {
  console.log('');
  spawnSync('node', ['scripts/bench-feed-trace.mjs'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { BENCH_JSON: join(ROOT, 'bench/feed-trace.json'), BENCH_KEYWORDS: 'commande,livraison', ...process.env },
  });
}
