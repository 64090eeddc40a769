// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '@/lib/sites/facebook';
import { loadFixture } from '@/tests/unit/load-fixture';

const HOME = 'https://www.facebook.com/';
const STORY = 'pfbid02kXq8sV3Rm1bJcLhT7yFzNw4Q9uPDe6aHs5gKv2Yx1CtLr8ZoW3jMi7nUe4pAf5Bl';
const load = (file: string, url = HOME) => loadFixture('facebook', file, url);
const summary = (file: string, url = HOME) =>
  facebookAdapter
    .composers(load(file, url))
    .map((c) => [c.element.dataset.fixtureId, c.kind, c.editor, c.answering?.kind ?? null, c.answering?.id ?? null]);

describe('facebook composers', () => {
  it('feed: each comment box answers its own story, the reply box the thread’s comment', () => {
    expect(summary('feed.html')).toEqual([
      ['fb-feed-reply', 'reply', 'lexical', 'comment', '1187654321098765'],
      ['fb-feed-comment', 'comment', 'lexical', 'post', STORY],
      ['fb-feed-comment-tom', 'comment', 'lexical', 'post', 'pfbid0Tm9LkR2wqXe5yVb8Hs3cN7dJ4uFg6ZaP1oQi2Mn'],
    ]);
  });

  it('story page acting as the Page, and the French feed', () => {
    expect(summary('post.html', `https://www.facebook.com/acme/posts/${STORY}`)).toEqual([
      ['fb-post-comment', 'comment', 'lexical', 'post', STORY],
      ['fb-post-reply', 'reply', 'lexical', 'comment', '1187654321098765'],
    ]);
    expect(summary('feed.fr.html')).toEqual([
      ['fb-fr-comment', 'comment', 'lexical', 'post', 'pfbid0Lv7Qe2ZrT9mKx4Ns8Hc1Wb6Gd3Yj5Fa2Pu7Ro1Xi9Ek4'],
    ]);
  });

  it('"Create post" dialog is a post composer answering nothing', () => {
    expect(summary('composer.html')).toEqual([['fb-composer', 'post', 'lexical', null, null]]);
  });

  it('a feed laid out in list items is not mistaken for a comment thread', () => {
    const doc = load('feed.html');
    const feed = doc.querySelector('[role="feed"]');
    const item = doc.createElement('li');
    const unit = doc.querySelector('[aria-posinset="2"]');
    if (unit) item.append(unit);
    feed?.append(item);
    const composer = facebookAdapter.composers(doc).find((c) => c.element.dataset.fixtureId === 'fb-feed-comment-tom');
    expect(composer).toMatchObject({
      kind: 'comment',
      answering: { id: 'pfbid0Tm9LkR2wqXe5yVb8Hs3cN7dJ4uFg6ZaP1oQi2Mn' },
    });
  });
});

describe('facebook submitPaths', () => {
  const paths = (file: string, url = HOME) =>
    facebookAdapter.composers(load(file, url)).map((composer) =>
      facebookAdapter.submitPaths(composer).map((path) => {
        if (path.kind === 'click') return ['click', path.element.dataset.fixtureSubmit];
        if (path.kind === 'key')
          return ['key', path.key, path.ctrlOrMeta, path.shift, path.target === composer.element];
        return ['form', path.form.getAttribute('method')];
      }),
    );

  it('comment and reply boxes: their own send button and plain Enter', () => {
    expect(paths('feed.html')).toEqual([
      [
        ['click', 'fb-feed-reply'],
        ['key', 'Enter', false, false, true],
      ],
      [
        ['click', 'fb-feed-comment'],
        ['key', 'Enter', false, false, true],
      ],
      [
        ['click', 'fb-feed-comment-tom'],
        ['key', 'Enter', false, false, true],
      ],
    ]);
  });

  it('French page: the send control is found by the focused-composer id, not its label', () => {
    expect(paths('feed.fr.html')).toEqual([
      [
        ['click', 'fb-fr-comment'],
        ['key', 'Enter', false, false, true],
      ],
    ]);
  });

  it('post composer: the Post button and its form, no Enter (it makes a new line there)', () => {
    expect(paths('composer.html')).toEqual([
      [
        ['click', 'fb-composer'],
        ['form', 'POST'],
      ],
    ]);
  });
});

describe('facebook on a degraded page', () => {
  it('never throws: stories without a link are kept with "no link", comments without ids dropped, stray editors', () => {
    const doc = load('feed.html');
    for (const link of doc.querySelectorAll('a')) link.removeAttribute('href');
    const stray = doc.createElement('div');
    stray.setAttribute('contenteditable', 'true');
    stray.setAttribute('role', 'textbox');
    stray.setAttribute('data-lexical-editor', 'true');
    doc.body.append(stray);
    const posts = facebookAdapter.posts(doc);
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) {
      expect(post).toMatchObject({ kind: 'post', permalink: '', authorUrl: '' });
      expect(post.id).toMatch(/^fb-item:/);
      expect(post.text).not.toBe('');
    }
    const composers = facebookAdapter.composers(doc);
    expect(composers.at(-1)).toMatchObject({ kind: 'post', answering: null });
    for (const composer of composers) expect(() => facebookAdapter.submitPaths(composer)).not.toThrow();
    expect(facebookAdapter.isNetworkPage(doc)).toBe(true);
    expect(facebookAdapter.isNetworkPage(loadFixture('facebook', 'feed.html', 'https://example.com/'))).toBe(false);
  });
});
