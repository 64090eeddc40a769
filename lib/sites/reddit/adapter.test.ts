// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { redditAdapter } from '@/lib/sites/reddit';
import { isoTime } from '@/lib/sites/reddit/posts';
import type { Composer } from '@/lib/sites/types';
import { loadFixture } from '@/tests/unit/load-fixture';

const POST_URL = 'https://www.reddit.com/r/acme/comments/1acme01/kettle_2_on_110_v/';
const page = (file: string, url = 'https://www.reddit.com/r/acme/') => loadFixture('reddit', file, url);
const avatar = 'https://styles.redditmedia.com/t5_acme/styles/profileIcon_marie.png';

describe('reddit activeAccount', () => {
  it.each([
    ['feed.html', 'dom:after-login-toast-dispatcher[username]'],
    ['notifications.html', 'dom:achievements-entrypoint[username]'],
    ['post.html', 'dom:community-author-flair[username]'],
    ['composer.html', 'dom:#user-drawer-content'],
  ])('reads %s from %s', (file, source) => {
    expect(redditAdapter.activeAccount(page(file))).toEqual({
      account: { handle: 'marie_dupont', displayName: 'marie_dupont', avatarUrl: avatar, source },
    });
  });

  it('says signed in but unnamed when only the drawer button is there', () => {
    const doc = page('composer.html');
    doc.querySelector('#user-drawer-content')?.remove();
    expect(redditAdapter.activeAccount(doc).reason).toBe(
      'reddit: signed in, but no username on this page (no username attribute; the user drawer is closed)',
    );
  });

  it('says signed out, or names what is missing', () => {
    expect(redditAdapter.activeAccount(page('signed-out.html'))).toEqual({
      account: null,
      reason: 'reddit: signed out (log-in link in the header)',
    });
    const empty = new DOMParser().parseFromString('<p>x</p>', 'text/html');
    expect(redditAdapter.activeAccount(empty).reason).toBe(
      'reddit: no username attribute, user drawer or log-in link found',
    );
    expect(redditAdapter.pageStateKeys).toEqual([]);
  });
});

describe('reddit posts', () => {
  it('reads feed posts with all fields', () => {
    const posts = redditAdapter.posts(page('feed.html'));
    expect(posts.map(({ element: _element, ...post }) => post)).toEqual([
      {
        network: 'reddit',
        id: 't3_1acme01',
        authorName: 'tombaker',
        authorHandle: 'u/tombaker',
        authorUrl: 'https://www.reddit.com/user/tombaker/',
        text: 'Kettle 2 on 110 V?\n\nMoving to Boston next month 📦 Does the Kettle 2 work on US outlets?\n\nManual says 220–240 V only…',
        permalink: POST_URL,
        publishedAt: '2026-03-01T09:15:42.123Z',
        kind: 'post',
      },
      {
        network: 'reddit',
        id: 't3_1acme02',
        authorName: 'lea_martin',
        authorHandle: 'u/lea_martin',
        authorUrl: 'https://www.reddit.com/user/lea_martin/',
        text: 'Nouvelle recette : thé glacé à la pêche 🍑\n\nInfuser 4 min à 80 °C, puis verser sur la glace.\nAjouter la pêche à la fin.',
        permalink: 'https://www.reddit.com/r/acme/comments/1acme02/nouvelle_recette_the_glace/',
        publishedAt: '2026-02-28T17:40:05.000Z',
        kind: 'post',
      },
      {
        network: 'reddit',
        id: 't3_1acme03',
        authorName: 'Acme_Official',
        authorHandle: 'u/Acme_Official',
        authorUrl: 'https://www.reddit.com/user/Acme_Official/',
        text: 'Acme spring sale starts Monday',
        permalink: 'https://www.reddit.com/r/acme/comments/1acme03/acme_spring_sale_starts_monday/',
        publishedAt: '2026-02-27T08:00:00.000Z',
        kind: 'post',
      },
    ]);
    expect(posts[0]?.element.localName).toBe('shreddit-post');
  });

  it('reads the post, comments and nested replies of a post page', () => {
    const posts = redditAdapter.posts(page('post.html', POST_URL));
    expect(posts.map(({ element: _element, ...post }) => post).slice(1)).toEqual([
      {
        network: 'reddit',
        id: 't1_kc0001',
        authorName: 'lea_martin',
        authorHandle: 'u/lea_martin',
        authorUrl: 'https://www.reddit.com/user/lea_martin/',
        text: "Oui ! Le modèle US fonctionne en 110 V, l'européen non.\n\nSource : https://acme.example/kettle2",
        permalink: 'https://www.reddit.com/r/acme/comments/1acme01/comment/kc0001/',
        publishedAt: '2026-03-01T10:02:11.000Z',
        kind: 'comment',
        inReplyTo: 't3_1acme01',
      },
      {
        network: 'reddit',
        id: 't1_kc0002',
        authorName: 'tombaker',
        authorHandle: 'u/tombaker',
        authorUrl: 'https://www.reddit.com/user/tombaker/',
        text: 'Thanks Léa! 🙏',
        permalink: 'https://www.reddit.com/r/acme/comments/1acme01/comment/kc0002/',
        publishedAt: '2026-03-01T10:30:00.000Z',
        kind: 'reply',
        inReplyTo: 't1_kc0001',
      },
      {
        network: 'reddit',
        id: 't1_kc0003',
        authorName: 'Acme_Official',
        authorHandle: 'u/Acme_Official',
        authorUrl: 'https://www.reddit.com/user/Acme_Official/',
        text: 'Hi Tom, the EU model is 230 V only.\n\nOur support team will DM you about a swap.\nHave a nice move!',
        permalink: 'https://www.reddit.com/r/acme/comments/1acme01/comment/kc0003/',
        publishedAt: '2026-03-01T11:05:30.000Z',
        kind: 'comment',
        inReplyTo: 't3_1acme01',
      },
    ]);
    expect(posts[0]).toMatchObject({ id: 't3_1acme01', kind: 'post', permalink: POST_URL });
  });

  it('normalises Reddit timestamps to ISO 8601', () => {
    expect(isoTime('2026-03-01T09:15:42.123456+0000')).toBe('2026-03-01T09:15:42.123Z');
    expect(isoTime('2026-03-01T11:15:42+0200')).toBe('2026-03-01T09:15:42.000Z');
    expect(isoTime('not a date')).toBeUndefined();
    expect(isoTime(null)).toBeUndefined();
  });

  it('reads nothing from the notifications list', () => {
    expect(redditAdapter.posts(page('notifications.html', 'https://www.reddit.com/notifications'))).toEqual([]);
  });
});

describe('reddit composers and submit paths', () => {
  it('finds the reply composer inside a comment and what it answers', () => {
    const [composer, ...others] = redditAdapter.composers(page('post.html', POST_URL));
    expect(others).toEqual([]);
    expect(composer).toMatchObject({ kind: 'reply', editor: 'lexical' });
    expect(composer?.element.getAttribute('data-fixture-id')).toBe('reddit-reply');
    expect(composer?.answering).toMatchObject({ id: 't1_kc0001', authorHandle: 'u/lea_martin' });
    const paths = redditAdapter.submitPaths(composer as Composer);
    expect(paths.map((path) => path.kind)).toEqual(['click', 'key']);
    expect(paths[0]?.kind === 'click' && paths[0].element.getAttribute('data-fixture-submit')).toBe('reddit-reply');
  });

  it('answers the post with a top-level composer (t3 id in the form action)', () => {
    const doc = page('post.html', POST_URL);
    const box = doc.querySelector('comment-composer-host');
    const replyHost = doc.querySelector('shreddit-comment comment-composer-host');
    if (box && replyHost) box.replaceWith(replyHost);
    const [composer] = redditAdapter.composers(doc);
    expect(composer).toMatchObject({ kind: 'comment', answering: { id: 't3_1acme01', kind: 'post' } });
  });

  it('finds the new-post body and the Post button', () => {
    const [composer] = redditAdapter.composers(
      page('composer.html', 'https://www.reddit.com/r/acme/submit/?type=TEXT'),
    );
    expect(composer).toMatchObject({ kind: 'post', editor: 'lexical', answering: null });
    const [click] = redditAdapter.submitPaths(composer as Composer);
    expect(click).toMatchObject({ kind: 'click', label: 'Reddit: post button (#submit-post-button)' });
    expect(click?.kind === 'click' && click.element.getAttribute('data-fixture-submit')).toBe('reddit-post');
  });

  it('finds editors and buttons inside open shadow roots, and a native form', () => {
    const doc = page('post.html', POST_URL);
    const host = doc.querySelector('shreddit-composer');
    const form = doc.createElement('form');
    host?.replaceWith(form);
    if (host) form.append(host);
    const shadow = host?.attachShadow({ mode: 'open' });
    const editor = host?.querySelector('[data-lexical-editor]');
    const button = host?.querySelector('button[slot="submit-button"]');
    if (editor && button) shadow?.append(editor, button);
    const [composer] = redditAdapter.composers(doc);
    expect(composer?.element).toBe(editor);
    expect(composer?.answering?.id).toBe('t1_kc0001');
    const paths = redditAdapter.submitPaths(composer as Composer);
    expect(paths.map((path) => path.kind)).toEqual(['click', 'form', 'key']);
    expect(paths[0]?.kind === 'click' && paths[0].element).toBe(button);
    expect(paths[1]?.kind === 'form' && paths[1].form).toBe(form);
  });

  it('finds none in a feed', () => {
    expect(redditAdapter.composers(page('feed.html'))).toEqual([]);
  });
});

describe('reddit on a degraded page', () => {
  it('never throws and skips what has no id', () => {
    const doc = page('post.html', POST_URL);
    for (const element of doc.querySelectorAll('shreddit-comment')) element.removeAttribute('thingid');
    for (const element of doc.querySelectorAll('[slot="text-body"], [slot="credit-bar"], button')) element.remove();
    doc.querySelector('shreddit-post')?.setAttribute('created-timestamp', 'yesterday');
    doc.querySelector('shreddit-post')?.removeAttribute('author');
    doc.querySelector('faceplate-form')?.setAttribute('action', '');
    const posts = redditAdapter.posts(doc);
    expect(posts.map(({ element: _element, ...post }) => post)).toEqual([
      {
        network: 'reddit',
        id: 't3_1acme01',
        authorName: '',
        authorHandle: '',
        authorUrl: '',
        text: 'Kettle 2 on 110 V?',
        permalink: POST_URL,
        publishedAt: undefined,
        kind: 'post',
      },
    ]);
    const [composer] = redditAdapter.composers(doc);
    expect(composer).toMatchObject({ kind: 'reply', answering: null });
    expect(redditAdapter.submitPaths(composer as Composer).map((path) => path.kind)).toEqual(['key']);
  });

  it("never takes a nested reply's time or body for its parent's", () => {
    const doc = page('post.html', POST_URL);
    const lea = doc.querySelector('shreddit-comment');
    for (const element of lea?.querySelectorAll(':scope > [slot="commentMeta"], :scope > [slot="comment"]') ?? []) {
      element.remove();
    }
    const posts = redditAdapter.posts(doc);
    expect(posts[1]).toMatchObject({ id: 't1_kc0001', text: '', publishedAt: undefined });
    expect(posts[2]).toMatchObject({ id: 't1_kc0002', text: 'Thanks Léa! 🙏' });
  });

  it('tells its pages', () => {
    expect(redditAdapter.isNetworkPage(page('feed.html'))).toBe(true);
    expect(redditAdapter.isNetworkPage(loadFixture('reddit', 'feed.html', 'https://example.invalid/'))).toBe(true);
    expect(redditAdapter.isNetworkPage(new DOMParser().parseFromString('<p>x</p>', 'text/html'))).toBe(false);
  });
});
