// @vitest-environment happy-dom
/**
 * The per-element readers (`postFrom`, `composerFrom`) against the whole-page ones on every
 * fixture of every network: asked about a post's root or anything inside it, or about a box or
 * anything inside it, an adapter answers exactly what its whole-page reader says about that
 * element (reply chains on conversation pages included), without scanning the page.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NETWORK_LIST, type Network } from '@/lib/networks';
import { blueskyAdapter } from '@/lib/sites/bluesky';
import { facebookAdapter } from '@/lib/sites/facebook';
import { instagramAdapter } from '@/lib/sites/instagram';
import { linkedinAdapter } from '@/lib/sites/linkedin';
import { mastodonAdapter } from '@/lib/sites/mastodon';
import { redditAdapter } from '@/lib/sites/reddit';
import { threadsAdapter } from '@/lib/sites/threads';
import type { ScrapedPost, SiteAdapter } from '@/lib/sites/types';
import { xAdapter } from '@/lib/sites/x';
import { youtubeAdapter } from '@/lib/sites/youtube';
import { loadFixture } from '@/tests/unit/load-fixture';

const ADAPTERS: Record<Network, SiteAdapter> = {
  x: xAdapter,
  linkedin: linkedinAdapter,
  facebook: facebookAdapter,
  instagram: instagramAdapter,
  youtube: youtubeAdapter,
  reddit: redditAdapter,
  mastodon: mastodonAdapter,
  bluesky: blueskyAdapter,
  threads: threadsAdapter,
};

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Where each fixture is served: conversation pages at the address of their focal post. */
const PAGES: Record<Network, { home: string; post: string }> = {
  x: { home: 'https://x.com/home', post: 'https://x.com/marie_dupont/status/1861000000000000101' },
  linkedin: {
    home: 'https://www.linkedin.com/feed/',
    post: 'https://www.linkedin.com/feed/update/urn:li:activity:7436689787462155662/',
  },
  facebook: { home: 'https://www.facebook.com/', post: 'https://www.facebook.com/' },
  instagram: { home: 'https://www.instagram.com/', post: 'https://www.instagram.com/p/DGx7kQpNa2B/' },
  youtube: {
    home: 'https://www.youtube.com/watch?v=Ac3mEdemo01',
    post: 'https://www.youtube.com/watch?v=Ac3mEdemo01',
  },
  reddit: {
    home: 'https://www.reddit.com/',
    post: 'https://www.reddit.com/r/acme/comments/1acme01/kettle_2_on_110_v/',
  },
  mastodon: {
    home: 'https://mastodon.example/home',
    post: 'https://mastodon.example/@marie@piaille.example/113512345678900101',
  },
  bluesky: { home: 'https://bsky.app/', post: 'https://bsky.app/profile/marie-dupont.bsky.social/post/3lbq2mqrz6k2a' },
  threads: { home: 'https://www.threads.com/', post: 'https://www.threads.com/@tombaker/post/C9kettle110' },
};

const adapterOf = (network: Network): SiteAdapter => ADAPTERS[network];

/** The deepest last element inside root that no other post root sits between (a post's own text). */
function deepInside(root: HTMLElement, selector: string): Element {
  let deepest: Element = root;
  for (const element of root.querySelectorAll('*')) {
    if (element.parentElement?.closest(selector) === root && !element.matches(selector)) deepest = element;
  }
  return deepest;
}

const rows = NETWORK_LIST.flatMap((network) =>
  readdirSync(join(FIXTURES, network.id))
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ network: network.id, file, url: PAGES[network.id][file === 'post.html' ? 'post' : 'home'] })),
);

describe.each(rows)('$network/$file', ({ network, file, url }) => {
  const adapter = adapterOf(network);
  const doc = loadFixture(network, file, url);

  it('postFrom reads each post of the page from its root and from inside it', () => {
    const posts = adapter.posts(doc);
    for (const post of posts) {
      expect(post.element.matches(adapter.postSelector)).toBe(true);
      expect(adapter.postFrom(post.element)).toEqual(post);
      const inside = deepInside(post.element, adapter.postSelector);
      expect(adapter.postFrom(inside)?.element).toBe(post.element);
    }
    expect(adapter.postFrom(doc.body)).toBeNull();
  });

  it('composerFrom reads each box of the page from the box and from inside it', () => {
    for (const composer of adapter.composers(doc)) {
      expect(composer.element.matches(adapter.composerSelector)).toBe(true);
      expect(adapter.composerFrom(composer.element)).toEqual(composer);
      const inside = composer.element.querySelector('*');
      if (inside) expect(adapter.composerFrom(inside)?.element).toBe(composer.element);
    }
    expect(adapter.composerFrom(doc.body)).toBeNull();
  });
});

it('covers every network with posts and boxes somewhere in its fixtures', () => {
  for (const network of NETWORK_LIST) {
    const adapter = adapterOf(network.id);
    const docs = rows
      .filter((row) => row.network === network.id)
      .map((row) => loadFixture(row.network, row.file, row.url));
    const posts: ScrapedPost[] = docs.flatMap((doc) => adapter.posts(doc));
    expect(posts.length, network.id).toBeGreaterThan(0);
    expect(docs.flatMap((doc) => adapter.composers(doc)).length, network.id).toBeGreaterThan(0);
  }
});
