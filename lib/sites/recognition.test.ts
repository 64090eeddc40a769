// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NETWORK_BY_ID, type Network } from '@/lib/networks';
import { blindWarning, boxShape, checkLayout, countPostLike } from '@/lib/sites/recognition';
import type { SiteAdapter } from '@/lib/sites/types';
import { loadFixture } from '@/tests/unit/load-fixture';

/** Every network's adapter, from its folder's index (the `<network>Adapter` export). */
const SITE_ADAPTERS = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, SiteAdapter>>('./*/index.ts', { eager: true })).map(
    ([path, module]) => [
      path.split('/')[1],
      Object.entries(module).find(([name]) => name.endsWith('Adapter'))?.[1] as SiteAdapter,
    ],
  ),
) as Record<Network, SiteAdapter>;

const FIXTURES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures');
const PAGES = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name in NETWORK_BY_ID)
  .flatMap((entry) =>
    readdirSync(join(FIXTURES, entry.name))
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ network: entry.name as Network, file })),
  );

describe('is the page layout recognised?', () => {
  it.each(PAGES.filter((page) => page.file !== 'feed.unknown.html'))(
    '$network/$file: recognised (posts found, or nothing post-like)',
    ({ network, file }) => {
      const doc = loadFixture(network, file, 'https://www.example.com/');
      const posts = SITE_ADAPTERS[network].posts(doc);
      const check = checkLayout({ network, root: doc, posts, byLayout: {}, unclaimedBox: null });
      expect(check.missing).toEqual([]);
      expect(check.recognised).toBe(true);
    },
  );

  it('a reshuffled LinkedIn feed: post-like items but no post is not recognised, with the counts', () => {
    const doc = loadFixture('linkedin', 'feed.unknown.html', 'https://www.linkedin.com/feed/');
    const posts = SITE_ADAPTERS.linkedin.posts(doc);
    expect(posts).toEqual([]);
    const check = checkLayout({ network: 'linkedin', root: doc, posts, byLayout: {}, unclaimedBox: null });
    expect(check).toMatchObject({ recognised: false, postLike: 4, posts: 0 });
    expect(blindWarning('linkedin', check)).toMatch(/linkedin page's layout is not recognised: 4 post-like items/);
  });

  it('a focused box no layout claims is reported by its shape, never its text; a search box is not', () => {
    const doc = loadFixture('linkedin', 'feed.unknown.html', 'https://www.linkedin.com/feed/');
    const box = doc.querySelector('[data-fixture-id="li-unknown-comment"]') as Element;
    const shape = boxShape(box);
    expect(shape).toBe('div[contenteditable][role=textbox][aria-label]');
    const base = { network: 'linkedin' as const, root: doc.createElement('div'), posts: [], byLayout: {} };
    expect(checkLayout({ ...base, unclaimedBox: { kind: 'other', shape } }).missing).toEqual([
      'a focused box no layout claims (div[contenteditable][role=textbox][aria-label])',
    ]);
    expect(checkLayout({ ...base, unclaimedBox: { kind: 'search', shape: 'input' } }).recognised).toBe(true);
  });

  it('counts innermost items only: comments inside a post do not add to it', () => {
    document.body.innerHTML = `<ul>${'<li><a href="https://x.com/a/status/1">x</a> a long enough text to be a post on any network</li>'.repeat(3)}</ul>
      <article><a href="https://x.com/a/status/2">x</a> another long text that could be a post of someone
        <ul><li><a href="https://x.com/a/status/3">x</a> a reply long enough to be counted as one</li></ul></article>`;
    expect(countPostLike('x', document)).toBe(4);
  });
});
