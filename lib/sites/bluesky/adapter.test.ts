// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { blueskyAdapter } from '@/lib/sites/bluesky';
import { loadFixture } from '@/tests/unit/load-fixture';

const HOME = 'https://bsky.app/';
const THREAD = 'https://bsky.app/profile/marie-dupont.bsky.social/post/3lbq2mqrz6k2a';
const load = (file: string, url = HOME) => loadFixture('bluesky', file, url);

/** What bsky.app persists (same shape as the fixtures' inline script; tokens are placeholders). */
function storeSession(currentAccount: Record<string, unknown> | undefined): void {
  window.localStorage.setItem(
    'BSKY_STORAGE',
    JSON.stringify({ colorMode: 'system', session: { currentAccount, accounts: [] } }),
  );
}
const ACME = {
  service: 'https://bsky.social/',
  did: 'did:plc:acme7x3k2q5v4wzz',
  handle: 'acme.bsky.social',
  email: 'social@acme.example',
  refreshJwt: 'fixture-refresh-placeholder',
  accessJwt: 'fixture-access-placeholder',
  active: true,
};

const MARIE = {
  network: 'bluesky',
  id: '3lbq2mqrz6k2a',
  authorName: 'Marie Dupont',
  authorHandle: '@marie-dupont.bsky.social',
  authorUrl: 'https://bsky.app/profile/marie-dupont.bsky.social',
  text: 'Bonjour @acme.bsky.social 👋\nMa commande n°4521 est arrivée abîmée, photos ici : https://photos.example.fr/colis-4521',
  permalink: 'https://bsky.app/profile/marie-dupont.bsky.social/post/3lbq2mqrz6k2a',
  kind: 'post',
  element: expect.any(HTMLElement),
};

/** The value, or a failed test saying what was missing. */
function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`fixture: ${what} not found`);
  return value;
}

afterEach(() => window.localStorage.clear());

describe('bluesky: activeAccount', () => {
  it('reads session.currentAccount through the page window, without its tokens', () => {
    storeSession(ACME);
    const lookup = blueskyAdapter.activeAccount(load('feed.html'));
    expect(lookup).toEqual({
      account: {
        handle: 'acme.bsky.social',
        displayName: 'acme.bsky.social',
        id: 'did:plc:acme7x3k2q5v4wzz',
        source: 'storage:BSKY_STORAGE',
      },
    });
    expect(JSON.stringify(lookup)).not.toMatch(/placeholder|social@acme/);
    expect(blueskyAdapter.pageStateKeys).toEqual([]);
  });

  it('uses the display name and avatar when the session has them', () => {
    storeSession({ ...ACME, displayName: 'Acme 🧥', avatar: 'https://cdn.bsky.app/img/avatar/acme.jpg' });
    expect(blueskyAdapter.activeAccount(load('feed.html')).account).toMatchObject({
      displayName: 'Acme 🧥',
      avatarUrl: 'https://cdn.bsky.app/img/avatar/acme.jpg',
    });
  });

  it('gives a precise reason for each way the session can be missing', () => {
    const doc = load('feed.html');
    expect(blueskyAdapter.activeAccount(doc).reason).toBe('bluesky: localStorage.BSKY_STORAGE not found');
    window.localStorage.setItem('BSKY_STORAGE', '{not json');
    expect(blueskyAdapter.activeAccount(doc).reason).toBe('bluesky: BSKY_STORAGE is not valid JSON');
    storeSession(undefined);
    expect(blueskyAdapter.activeAccount(doc)).toEqual({
      account: null,
      reason: 'bluesky: BSKY_STORAGE has no session.currentAccount (signed out)',
    });
    const detached = document.implementation.createHTMLDocument('no window');
    expect(blueskyAdapter.activeAccount(detached).reason).toBe('bluesky: localStorage is not available in this page');
  });
});

describe('bluesky: posts', () => {
  it('reads every field of each feed item, restoring shortened links', () => {
    expect(blueskyAdapter.posts(load('feed.html'))).toEqual([
      MARIE,
      {
        ...MARIE,
        id: '3lbp7wvtr2cae',
        authorName: 'Acme',
        authorHandle: '@acme.bsky.social',
        authorUrl: 'https://bsky.app/profile/acme.bsky.social',
        text: 'Our winter collection is here ❄️\n\nFree shipping until Sunday: https://acme.example/winter',
        permalink: 'https://bsky.app/profile/acme.bsky.social/post/3lbp7wvtr2cae',
      },
      {
        ...MARIE,
        id: '3lbq3lzea5a2c',
        authorName: 'Léa Martin',
        authorHandle: '@lea.martin.fr',
        authorUrl: 'https://bsky.app/profile/lea.martin.fr',
        text: "Quelqu'un a testé le service après-vente de @acme.bsky.social ? 🤔",
        permalink: 'https://bsky.app/profile/lea.martin.fr/post/3lbq3lzea5a2c',
      },
      {
        ...MARIE,
        id: '3lbq4jnsz7k2b',
        authorName: 'jonasweber.bsky.social', // no display name: Bluesky shows the handle
        authorHandle: '@jonasweber.bsky.social',
        authorUrl: 'https://bsky.app/profile/jonasweber.bsky.social',
        text: 'Oui, réponse en 24 h, très pro.\nJe recommande !',
        permalink: 'https://bsky.app/profile/jonasweber.bsky.social/post/3lbq4jnsz7k2b',
      },
    ]);
  });

  it('takes the anchor post id from the address and chains the replies to it', () => {
    const posts = blueskyAdapter.posts(load('post.html', THREAD));
    expect(posts[0]).toEqual(MARIE);
    expect(
      posts
        .slice(1)
        .map(({ id, authorName, kind, inReplyTo, publishedAt }) => ({ id, authorName, kind, inReplyTo, publishedAt })),
    ).toEqual([
      { id: '3lbq2nacm3e2c', authorName: 'Acme', kind: 'reply', inReplyTo: MARIE.id, publishedAt: undefined },
      { id: '3lbq2ptzm4b2d', authorName: 'Tom Baker', kind: 'reply', inReplyTo: MARIE.id, publishedAt: undefined },
    ]);
  });

  it('lists replies and mentions of the notifications page, not likes', () => {
    const posts = blueskyAdapter.posts(load('notifications.html', 'https://bsky.app/notifications'));
    expect(posts.map(({ authorHandle, text }) => ({ authorHandle, text }))).toEqual([
      { authorHandle: '@tombaker.bsky.social', text: 'Hi @acme.bsky.social, is the Lyon store open on Sunday?' },
      { authorHandle: '@lea.martin.fr', text: 'Je recommande @acme.bsky.social pour leur service client 💯' },
    ]);
  });

  it('degrades field by field when parts of an item are missing', () => {
    const doc = load('feed.html');
    const [first, second] = doc.querySelectorAll('[data-testid^="feedItem-by-"]');
    first?.querySelector('[data-testid="postText"]')?.remove();
    first?.querySelector('a[aria-label="View profile"]')?.remove();
    second?.querySelector('a[href*="/post/"]')?.remove();
    const posts = blueskyAdapter.posts(doc);
    expect(posts[0]).toMatchObject({ id: MARIE.id, authorName: 'marie-dupont.bsky.social', text: '' });
    expect(posts.map((post) => post.id)).not.toContain('3lbp7wvtr2cae');
  });
});

describe('bluesky: composers and submit paths', () => {
  it('finds the new-post composer with its publish button and the key path', () => {
    const [first, ...others] = blueskyAdapter.composers(load('composer.html'));
    const composer = must(first, 'composer');
    expect(others).toEqual([]);
    expect(composer).toMatchObject({ kind: 'post', editor: 'prosemirror', answering: null });
    const [click, key] = blueskyAdapter.submitPaths(composer);
    expect(click).toMatchObject({ kind: 'click', label: 'bluesky: composerPublishBtn button' });
    expect(click?.kind === 'click' && click.element.getAttribute('data-fixture-submit')).toBe('bsky-new');
    expect(key).toEqual({
      kind: 'key',
      key: 'Enter',
      ctrlOrMeta: true,
      shift: false,
      target: composer?.element,
      label: 'bluesky: Ctrl/Cmd+Enter in the editor',
    });
  });

  it('answers the parent post the reply dialog shows, found again on the page', () => {
    const [composer] = blueskyAdapter.composers(load('post.html', THREAD));
    expect(composer).toMatchObject({ kind: 'reply', editor: 'prosemirror', answering: MARIE });
    expect(blueskyAdapter.submitPaths(must(composer, 'composer')).map((path) => path.kind)).toEqual(['click', 'key']);
  });

  it('keeps what the preview shows when the parent is not on the page', () => {
    const doc = load('post.html', THREAD);
    doc.querySelector('[data-testid="postThreadScreen"]')?.remove();
    const [composer] = blueskyAdapter.composers(doc);
    expect(composer?.answering).toMatchObject({ id: '', authorName: 'Marie Dupont', text: MARIE.text, permalink: '' });
  });
});

describe('bluesky: isNetworkPage', () => {
  it('knows Bluesky by host or by its markup', () => {
    expect(blueskyAdapter.isNetworkPage(load('feed.html'))).toBe(true);
    expect(blueskyAdapter.isNetworkPage(load('post.html', 'https://localhost:4173/bluesky/post.html'))).toBe(true);
    expect(blueskyAdapter.isNetworkPage(loadFixture('bluesky', '../blank.html', 'https://example.com/'))).toBe(false);
  });
});
