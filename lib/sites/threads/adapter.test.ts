// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { threadsAdapter } from '@/lib/sites/threads';
import type { Composer } from '@/lib/sites/types';
import { loadFixture } from '@/tests/unit/load-fixture';

const POST_URL = 'https://www.threads.com/@tombaker/post/C9kettle110';
const page = (file: string, url = 'https://www.threads.com/') => loadFixture('threads', file, url);
const submitId = (paths: ReturnType<typeof threadsAdapter.submitPaths>) =>
  paths[0]?.kind === 'click' ? paths[0].element.getAttribute('data-fixture-submit') : null;

describe('threads activeAccount', () => {
  it.each([
    ['feed.html', 'dom:navigation a[href^="/@"]'],
    ['composer.html', 'dom:navigation a[href^="/@"]'],
    ['notifications.html', 'dom:navigation a[href^="/@"]'],
    ['post.html', 'dom:navigation bar a[href^="/@"] (no landmark)'],
  ])('reads the navigation profile link of %s, not an author link', (file, source) => {
    expect(threadsAdapter.activeAccount(page(file))).toEqual({
      account: { handle: 'marie.dupont', displayName: 'marie.dupont', source },
    });
  });

  it('does not take an author link for the account when the navigation bar is gone', () => {
    const doc = page('feed.html');
    doc.querySelector('[role="navigation"]')?.remove();
    expect(threadsAdapter.activeAccount(doc)).toEqual({
      account: null,
      reason: 'threads: no profile link (a[href^="/@"]) in the navigation bar',
    });
  });

  it('says signed out', () => {
    expect(
      threadsAdapter.activeAccount(page('signed-out.html', 'https://www.threads.net/@acme/post/C9acmesale1')),
    ).toEqual({
      account: null,
      reason: 'threads: signed out (log-in link present, no profile link in the navigation bar)',
    });
    expect(threadsAdapter.pageStateKeys).toEqual([]);
  });
});

describe('threads posts', () => {
  it('reads feed posts, the quoted one included, with all fields', () => {
    const posts = threadsAdapter.posts(page('feed.html'));
    expect(posts.map(({ element: _element, ...post }) => post)).toEqual([
      {
        network: 'threads',
        id: 'C9kettle110',
        authorName: 'tombaker',
        authorHandle: '@tombaker',
        authorUrl: 'https://www.threads.com/@tombaker',
        text: 'Just got the Acme Kettle 2 ☕\nFull review here: acme.example/review',
        permalink: POST_URL,
        publishedAt: '2026-03-01T08:00:00.000Z',
        kind: 'post',
      },
      {
        network: 'threads',
        id: 'C9leaquote1',
        authorName: 'lea.martin',
        authorHandle: '@lea.martin',
        authorUrl: 'https://www.threads.com/@lea.martin',
        text: "Enfin ! J'attendais ça depuis l'été 😍\nQui vient avec moi lundi ?",
        permalink: 'https://www.threads.com/@lea.martin/post/C9leaquote1',
        publishedAt: '2026-02-28T19:30:00.000Z',
        kind: 'post',
      },
      {
        network: 'threads',
        id: 'C9acmesale1',
        authorName: 'acme',
        authorHandle: '@acme',
        authorUrl: 'https://www.threads.com/@acme',
        text: 'Les soldes de printemps commencent lundi 🌸 −20 % sur toute la gamme.',
        permalink: 'https://www.threads.com/@acme/post/C9acmesale1',
        publishedAt: '2026-02-28T08:00:00.000Z',
        kind: 'post',
      },
    ]);
  });

  it('reads a post page on threads.net: the post, then replies to it', () => {
    const posts = threadsAdapter.posts(page('post.html', 'https://www.threads.net/@tombaker/post/C9kettle110'));
    expect(posts.map((post) => [post.id, post.kind, post.inReplyTo, post.permalink, post.authorUrl])).toEqual([
      [
        'C9kettle110',
        'post',
        undefined,
        'https://www.threads.net/@tombaker/post/C9kettle110',
        'https://www.threads.net/@tombaker',
      ],
      [
        'C9acmereply',
        'reply',
        'C9kettle110',
        'https://www.threads.net/@acme/post/C9acmereply',
        'https://www.threads.net/@acme',
      ],
      [
        'C9leareply1',
        'reply',
        'C9kettle110',
        'https://www.threads.net/@lea.martin/post/C9leareply1',
        'https://www.threads.net/@lea.martin',
      ],
    ]);
    expect(posts[2]).toMatchObject({
      text: "Elle chauffe vite ? Je l'ai vue à 59,99 € chez Acme.",
      publishedAt: '2026-03-01T09:12:00.000Z',
    });
  });

  it('reads a reply page: the thread above it, then the reply', () => {
    const posts = threadsAdapter.posts(page('post.html', 'https://www.threads.com/@acme/post/C9acmereply'));
    expect(posts.map((post) => [post.id, post.kind, post.inReplyTo])).toEqual([
      ['C9kettle110', 'post', undefined],
      ['C9acmereply', 'reply', 'C9kettle110'],
      ['C9leareply1', 'reply', 'C9acmereply'],
    ]);
  });

  it('reports a post shown twice (activity entry and reply dialog) once', () => {
    const posts = threadsAdapter.posts(page('notifications.html', 'https://www.threads.com/activity'));
    expect(posts.map((post) => [post.id, post.text])).toEqual([
      ['C9leaask01', '@marie.dupont la garantie couvre-t-elle le socle ?\nMerci 🙏'],
    ]);
  });
});

describe('threads composers and submit paths', () => {
  it('finds the new-thread dialog and its Post control', () => {
    const [composer] = threadsAdapter.composers(page('composer.html'));
    expect(composer).toMatchObject({ kind: 'post', editor: 'lexical', answering: null });
    const paths = threadsAdapter.submitPaths(composer as Composer);
    expect(submitId(paths)).toBe('threads-post');
    expect(paths[0]?.label).toBe('Threads: "post" control after the editor');
    expect(paths[1]).toMatchObject({ kind: 'key', key: 'Enter', ctrlOrMeta: true, target: composer?.element });
  });

  it('finds the inline reply box, the post it answers and its Reply control (the second "Répondre")', () => {
    const [composer] = threadsAdapter.composers(page('post.html', POST_URL));
    expect(composer).toMatchObject({ kind: 'reply', editor: 'lexical' });
    expect(composer?.answering).toMatchObject({ id: 'C9kettle110', authorHandle: '@tombaker' });
    expect(submitId(threadsAdapter.submitPaths(composer as Composer))).toBe('threads-reply');
  });

  it('finds the reply dialog and the post it shows', () => {
    const [composer] = threadsAdapter.composers(page('notifications.html', 'https://www.threads.net/activity'));
    expect(composer).toMatchObject({ kind: 'reply', answering: { id: 'C9leaask01', authorHandle: '@lea.martin' } });
    expect(composer?.answering?.permalink).toBe('https://www.threads.net/@lea.martin/post/C9leaask01');
    expect(submitId(threadsAdapter.submitPaths(composer as Composer))).toBe('threads-dialog-reply');
  });

  it('falls back to the last control when no label is recognised', () => {
    const doc = page('composer.html');
    for (const span of doc.querySelectorAll('[role="dialog"] [role="button"] span')) span.textContent = '送出';
    const [composer] = threadsAdapter.composers(doc);
    const paths = threadsAdapter.submitPaths(composer as Composer);
    expect(submitId(paths)).toBe('threads-post');
    expect(paths[0]?.label).toBe('Threads: last control after the editor (label not recognised)');
  });

  it('says contenteditable when the editor has no Lexical marker', () => {
    const doc = page('post.html', POST_URL);
    doc.querySelector('[data-lexical-editor]')?.removeAttribute('data-lexical-editor');
    expect(threadsAdapter.composers(doc)[0]?.editor).toBe('contenteditable');
  });
});

describe('threads on a degraded page', () => {
  it('never throws and keeps what it can', () => {
    const doc = page('post.html', POST_URL);
    for (const element of doc.querySelectorAll('time, [role="button"], [dir="auto"]')) element.remove();
    doc.querySelector('a[href="/@acme/post/C9acmereply"]')?.setAttribute('href', 'http://[bad');
    const posts = threadsAdapter.posts(doc);
    expect(posts.map((post) => [post.id, post.authorName, post.text, post.publishedAt])).toEqual([
      ['C9kettle110', 'tombaker', '', undefined],
      ['C9leareply1', 'lea.martin', '', undefined],
    ]);
    const [composer] = threadsAdapter.composers(doc);
    expect(threadsAdapter.submitPaths(composer as Composer).map((path) => path.kind)).toEqual(['key']);
  });

  it('tells threads.com and threads.net pages', () => {
    expect(threadsAdapter.isNetworkPage(page('feed.html'))).toBe(true);
    expect(threadsAdapter.isNetworkPage(page('feed.html', 'https://www.threads.net/'))).toBe(true);
    expect(threadsAdapter.isNetworkPage(page('feed.html', 'https://example.invalid/'))).toBe(false);
  });
});
