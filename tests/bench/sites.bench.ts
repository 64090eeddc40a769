/**
 * Site-layer benchmark (`npm run bench`): each adapter's posts(), composers() and activeAccount()
 * on synthetic feeds of growing size, in happy-dom. Prints figures and ratios; asserts nothing
 * about time (machines differ).
 */

import { join } from 'node:path';
import { it } from 'vitest';
import type { SiteAdapter } from '../../lib/sites/types';
import { benchCasesOf, loadNetworkCases } from '../network-cases';
import { type FeedSource, syntheticFeed } from './synthetic-feed';

const SIZES = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number);

/** Each network's bench page (tests/fixtures/<network>/cases.ts) with the adapter its folder exports. */
async function feedSources(): Promise<FeedSource[]> {
  return Promise.all(
    benchCasesOf(await loadNetworkCases()).map(async ({ network, dir, fixture, url }) => {
      const site: Record<string, SiteAdapter> = await import(`../../lib/sites/${network.id}/index.ts`);
      const adapter = site[`${network.id}Adapter`];
      if (!adapter) throw new Error(`bench: lib/sites/${network.id}/index.ts exports no ${network.id}Adapter`);
      return { network: network.id, adapter, fixture: join(dir, fixture), url };
    }),
  );
}
const SOURCES = await feedSources();

/** Median milliseconds of `run` over a few timed runs after one warm-up. */
function median(run: () => unknown, runs: number): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
const fixed = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
/** Lines scripts/bench.mjs prints (it runs one network per process: large happy-dom pages are heavy). */
const report = (line: string) => console.log(`BENCH| ${line}`);

const only = process.env.BENCH_NETWORKS?.split(',');
const selected = SOURCES.filter((source) => !only || only.includes(source.network));

it.each(selected.map((source) => [source.network, source] as const))(
  '%s adapter on synthetic feeds',
  (_, source) => {
    let base: { posts: number; composers: number; account: number } | null = null;
    for (const size of SIZES) {
      const doc = syntheticFeed(source, size);
      const runs = size >= 1000 ? 3 : size >= 100 ? 7 : 15;
      const found = source.adapter.posts(doc).length;
      const posts = median(() => source.adapter.posts(doc), runs);
      const composers = median(() => source.adapter.composers(doc), runs);
      const account = median(() => source.adapter.activeAccount(doc), runs);
      base ??= { posts, composers, account };
      report(
        `${source.network.padEnd(10)}${pad(size, 7)}${pad(found, 7)}${pad(fixed(posts), 10)}${pad(fixed(found / posts), 10)}` +
          `${pad(fixed(posts / base.posts), 7)}${pad(fixed(composers), 14)}${pad(fixed(composers / base.composers), 7)}` +
          `${pad(fixed(account), 12)}${pad(fixed(account / base.account), 7)}`,
      );
    }
  },
  900_000,
);
