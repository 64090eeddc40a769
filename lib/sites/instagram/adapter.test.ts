// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { instagramAdapter } from '@/lib/sites/instagram';
import type { ScrapedPost } from '@/lib/sites/types';
import { loadFixture } from '@/tests/unit/load-fixture';

const HOME = 'https://www.instagram.com/';
const POST_PAGE = 'https://www.instagram.com/p/DGx7kQpNa2B/';
const load = (file: string, url = HOME) => loadFixture('instagram', file, url);
const fields = (post: ScrapedPost | null | undefined) => {
  if (!post) return post;
  const { element, ...rest } = post;
  expect(element).toBeInstanceOf(HTMLElement);
  return rest;
};

const acmePost = {
  network: 'instagram',
  id: 'DGx7kQpNa2B',
  authorName: 'acme.france',
  authorHandle: '@acme.france',
  authorUrl: 'https://www.instagram.com/acme.france/',
  text: 'Nouveautés printemps 🌷\nLivraison offerte dès 40 € — lien en bio !\n#printemps',
  permalink: 'https://www.instagram.com/p/DGx7kQpNa2B/',
  publishedAt: '2026-03-12T09:15:00.000Z',
  kind: 'post',
};
const tomComment = {
  network: 'instagram',
  id: '17912345678901234',
  authorName: 'tom.baker.ops',
  authorHandle: '@tom.baker.ops',
  authorUrl: 'https://www.instagram.com/tom.baker.ops/',
  text: 'Do you ship to Canada? How much? 🇨🇦',
  permalink: 'https://www.instagram.com/p/DGx7kQpNa2B/c/17912345678901234/',
  publishedAt: '2026-03-12T10:02:11.000Z',
  kind: 'comment',
  inReplyTo: 'DGx7kQpNa2B',
};

describe('instagram activeAccount', () => {
  it.each(['feed.html', 'post.html', 'notifications.html', 'composer.html'])(
    'reads the nav avatar link (%s)',
    (file) => {
      expect(instagramAdapter.activeAccount(load(file))).toEqual({
        account: {
          handle: 'acme.france',
          displayName: 'acme.france',
          avatarUrl: 'https://scontent.cdninstagram.example/v/acme-france-150.jpg',
          source: 'dom:nav-profile-link https://www.instagram.com/acme.france/',
        },
      });
    },
  );

  it('needs no English alt text (language-neutral fallback)', () => {
    const doc = load('feed.html');
    doc.documentElement.lang = 'fr';
    doc.querySelector('nav img')?.setAttribute('alt', 'Photo de profil de acme.france');
    expect(instagramAdapter.activeAccount(doc).account?.handle).toBe('acme.france');
  });

  it('says why when signed out', () => {
    const doc = load('feed.html');
    doc.querySelector('nav')?.remove();
    expect(instagramAdapter.activeAccount(doc)).toEqual({
      account: null,
      reason:
        'instagram: no profile link with an avatar in the navigation bar or the sidebar outside <main> (signed out?)',
    });
    expect(instagramAdapter.pageStateKeys).toEqual([]);
  });
});

describe('instagram posts', () => {
  it('post page: caption (h1), comments and a nested reply with every field', () => {
    expect(instagramAdapter.posts(load('post.html', POST_PAGE)).map(fields)).toEqual([
      acmePost,
      tomComment,
      {
        network: 'instagram',
        id: '17923456789012345',
        authorName: 'acme.france',
        authorHandle: '@acme.france',
        authorUrl: 'https://www.instagram.com/acme.france/',
        text: '@tom.baker.ops Yes! Shipping to Canada is 14 € ✈️',
        permalink: 'https://www.instagram.com/p/DGx7kQpNa2B/c/17912345678901234/r/17923456789012345/',
        publishedAt: '2026-03-12T11:30:00.000Z',
        kind: 'reply',
        inReplyTo: '17912345678901234',
      },
      {
        network: 'instagram',
        id: '17934567890123456',
        authorName: 'lea.martin.design',
        authorHandle: '@lea.martin.design',
        authorUrl: 'https://www.instagram.com/lea.martin.design/',
        text: 'Trop beau 😍\nDispo en taille M ? Et le prix ?',
        permalink: 'https://www.instagram.com/p/DGx7kQpNa2B/c/17934567890123456/',
        publishedAt: '2026-03-12T12:45:30.000Z',
        kind: 'comment',
        inReplyTo: 'DGx7kQpNa2B',
      },
    ]);
  });

  it('feed: username-prefixed and plain permalinks give the same canonical shortcode link', () => {
    expect(instagramAdapter.posts(load('feed.html')).map(fields)).toEqual([
      acmePost,
      {
        network: 'instagram',
        id: 'DGy1mRtLb9C',
        authorName: 'lea.martin.design',
        authorHandle: '@lea.martin.design',
        authorUrl: 'https://www.instagram.com/lea.martin.design/',
        text: 'Mon nouveau tote @acme.france 💚\nhttps://acme.example/tote',
        permalink: 'https://www.instagram.com/p/DGy1mRtLb9C/',
        publishedAt: '2026-03-13T18:20:00.000Z',
        kind: 'post',
      },
    ]);
  });

  it('notification rows (links to comments, with times) are not posts', () => {
    expect(instagramAdapter.posts(load('notifications.html'))).toEqual([]);
  });
});

describe('instagram composers and submitPaths', () => {
  const describeAll = (doc: Document) =>
    instagramAdapter.composers(doc).map((composer) => ({
      id: composer.element.dataset.fixtureId,
      kind: composer.kind,
      editor: composer.editor,
      answering: composer.answering?.id ?? null,
      paths: instagramAdapter.submitPaths(composer).map((path) => {
        if (path.kind === 'click') return ['click', path.element.dataset.fixtureSubmit];
        if (path.kind === 'key') return ['key', path.key, path.ctrlOrMeta, path.target === composer.element];
        return ['form', path.form.getAttribute('method')];
      }),
    }));

  it('feed: each textarea answers its own post; Post button, Enter and form submit', () => {
    expect(describeAll(load('feed.html'))).toEqual(
      [1, 2].map((n) => ({
        id: `ig-feed-comment-${n}`,
        kind: 'comment',
        editor: 'textarea',
        answering: n === 1 ? 'DGx7kQpNa2B' : 'DGy1mRtLb9C',
        paths: [
          ['click', `ig-feed-comment-${n}`],
          ['key', 'Enter', false, true],
          ['form', 'POST'],
        ],
      })),
    );
  });

  it('post page: a box pre-filled with "@tom.baker.ops " answers Tom’s comment', () => {
    const [composer] = instagramAdapter.composers(load('post.html', POST_PAGE));
    expect(composer).toMatchObject({ kind: 'reply', editor: 'textarea' });
    expect(fields(composer?.answering)).toEqual(tomComment);
  });

  it('post page: an ambiguous or empty mention falls back to the post', () => {
    const doc = load('post.html', POST_PAGE);
    const box = doc.querySelector('textarea');
    if (box) box.value = '@someone.else merci !';
    expect(instagramAdapter.composers(doc)[0]).toMatchObject({ kind: 'comment', answering: { id: 'DGx7kQpNa2B' } });
  });

  it('"Create new post" dialog: Lexical caption, Share button, no Enter', () => {
    expect(describeAll(load('composer.html'))).toEqual([
      { id: 'ig-new-post', kind: 'post', editor: 'lexical', answering: null, paths: [['click', 'ig-new-post']] },
    ]);
  });

  it('French page: the comment box and its button are found without English labels', () => {
    const doc = load('feed.html');
    for (const box of doc.querySelectorAll('textarea')) {
      box.setAttribute('aria-label', 'Ajouter un commentaire…');
      box.setAttribute('placeholder', 'Ajouter un commentaire…');
    }
    for (const button of doc.querySelectorAll('[data-fixture-submit]')) button.textContent = 'Publier';
    expect(describeAll(doc).map(({ kind, answering, paths }) => [kind, answering, paths.length])).toEqual([
      ['comment', 'DGx7kQpNa2B', 3],
      ['comment', 'DGy1mRtLb9C', 3],
    ]);
  });
});

describe('instagram on a degraded page', () => {
  it('never throws and leaves out what has no id', () => {
    const doc = load('post.html', POST_PAGE);
    for (const time of doc.querySelectorAll('time')) time.removeAttribute('datetime');
    for (const link of doc.querySelectorAll('a')) link.setAttribute('href', '::not a url');
    expect(instagramAdapter.posts(doc)).toEqual([]);
    expect(instagramAdapter.composers(doc)).toMatchObject([{ kind: 'comment', answering: null }]);
    expect(instagramAdapter.activeAccount(doc).account).toBeNull();
    expect(instagramAdapter.isNetworkPage(doc)).toBe(true);
    expect(instagramAdapter.isNetworkPage(loadFixture('instagram', 'feed.html', 'https://example.com/'))).toBe(false);
  });
});
