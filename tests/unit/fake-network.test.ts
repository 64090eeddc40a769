// @vitest-environment happy-dom
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineSiteContentScript } from '../../lib/content/site-entrypoint';
import { manifestHostPatterns, NETWORK_LIST } from '../../lib/networks';
import { benchNetworks } from '../../scripts/bench-networks.mjs';
import { syntheticFeed } from '../bench/synthetic-feed';
import { benchCasesOf, casesOf, loadNetworkCases } from '../network-cases';
import { pinboardAdapter, pinboardNetwork } from './fake-network/site';

/**
 * A tenth network declared the way the README's "Adding a network" says (a site folder with its
 * descriptor and adapter, a fixture folder with cases.ts), kept in this test-only folder: the
 * manifest, every spec's case list and both benchmarks pick it up with no other edit.
 */
const FAKE = join(import.meta.dirname, 'fake-network');
const FIXTURES = join(FAKE, 'fixtures');
const networks = [...NETWORK_LIST, pinboardNetwork];
const loaded = await loadNetworkCases(networks, { pinboard: join(FIXTURES, 'pinboard') });

describe('a tenth network', () => {
  it('gets manifest host permissions and its content script matches', () => {
    expect(manifestHostPatterns(networks)).toContain('https://www.pinboard.example/*');
    expect(manifestHostPatterns()).not.toContain('https://www.pinboard.example/*');
    const script = defineSiteContentScript(pinboardNetwork, pinboardAdapter);
    expect(script.matches).toEqual(['https://www.pinboard.example/*']);
  });

  it.each(['site', 'capture', 'guard', 'templates'] as const)('is in the %s spec case list', (kind) => {
    const mine = casesOf(kind, loaded).filter((one) => one.network.id === 'pinboard');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.title).toBe('Pinboard');
    expect(mine[0]?.fixture).toBe(join(FIXTURES, 'pinboard', 'feed.html'));
    // The nine registered networks keep their cases beside the fake one.
    expect(new Set(casesOf(kind, loaded).map((one) => one.network.id)).size).toBeGreaterThan(1);
  });

  it('is measured by both benchmarks', () => {
    expect(benchNetworks(FIXTURES)).toEqual(['pinboard']);
    const [bench] = benchCasesOf(loaded).filter((one) => one.network.id === 'pinboard');
    expect(bench).toBeDefined();
    const source = {
      network: 'pinboard',
      adapter: pinboardAdapter,
      fixture: join(bench?.dir ?? '', bench?.fixture ?? ''),
      url: bench?.url ?? '',
    };
    expect(pinboardAdapter.posts(syntheticFeed(source, 10))).toHaveLength(10);
  });
});
