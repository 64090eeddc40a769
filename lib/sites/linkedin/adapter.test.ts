// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkedinAdapter } from '@/lib/sites/linkedin';
import { loadFixture } from '@/tests/unit/load-fixture';

const FEED = 'https://www.linkedin.com/feed/';
const POST_PAGE = 'https://www.linkedin.com/feed/update/urn:li:activity:7436689787462155662/';
const ADMIN = 'https://www.linkedin.com/company/acme-france/admin/page-posts/published/?share=true';
const load = (file: string, url = FEED) => loadFixture('linkedin', file, url);
const marie = { handle: 'marie-dupont-acme', displayName: 'Marie Dupont' };

describe('linkedin activeAccount', () => {
  it('reads the embedded /voyager/api/me response first (not the other bpr-guid blocks)', () => {
    expect(linkedinAdapter.activeAccount(load('feed.html'))).toEqual({
      account: { ...marie, id: '912345678', source: 'page:voyager-api-me' },
    });
  });

  it('falls back to the legacy nav photo and left-rail /in/ link', () => {
    const doc = load('feed.html');
    for (const code of doc.querySelectorAll('code')) code.remove();
    expect(linkedinAdapter.activeAccount(doc).account).toEqual({
      ...marie,
      avatarUrl: 'https://media.licdn.com/dms/image/v2/EXAMPLE/marie-dupont-100.jpg',
      source: 'dom:global-nav__me-photo',
    });
  });

  it.each(['feed.sdui.html', 'feed.fr.html', 'notifications.sdui.html'])(
    'reads the sdui identity module (%s)',
    (file) => {
      expect(linkedinAdapter.activeAccount(load(file)).account).toMatchObject({
        ...marie,
        source: 'dom:identity-module',
      });
    },
  );

  it('reports the Page when the share box publishes as it (legacy admin view)', () => {
    expect(linkedinAdapter.activeAccount(load('composer.html', ADMIN)).account).toEqual({
      handle: 'acme-france',
      displayName: 'Acme France',
      source: 'dom:share-unified-settings-entry-button (acting as a Page; member marie-dupont-acme)',
    });
  });

  it('reports the Page chosen in the post identity switch', () => {
    expect(linkedinAdapter.activeAccount(load('post.html', POST_PAGE)).account).toMatchObject({
      displayName: 'Acme France',
      handle: 'acme-france',
      source: 'dom:content-admin-identity-toggle (acting as a Page; member marie-dupont-acme)',
    });
  });

  it('keeps the member when the share box publishes as them', () => {
    expect(linkedinAdapter.activeAccount(load('composer.sdui.html')).account).toMatchObject(marie);
  });

  it('reads the share box author inside the #interop-outlet shadow root', () => {
    const doc = load('composer.sdui.html');
    const host = doc.getElementById('interop-outlet');
    const modal = host?.firstElementChild;
    const title = modal?.querySelector('.share-unified-settings-entry-button h3');
    if (title) title.textContent = 'Acme France';
    const shadow = host?.attachShadow({ mode: 'open' });
    if (modal) shadow?.append(modal);
    // No admin URL and no link to the Page here: its name is known, its slug is not.
    expect(linkedinAdapter.activeAccount(doc)).toEqual({
      account: null,
      reason:
        'linkedin: acting as the Page "Acme France" (dom:share-unified-settings-entry-button) but its /company/ slug is not on the page',
    });
    const link = doc.createElement('a');
    link.href = '/company/acme-france/';
    link.textContent = 'Acme France';
    doc.body.append(link);
    expect(linkedinAdapter.activeAccount(doc).account).toMatchObject({
      handle: 'acme-france',
      displayName: 'Acme France',
    });
  });

  it('gives precise reasons when the member cannot be told', () => {
    const named = load('post.html', POST_PAGE);
    for (const code of named.querySelectorAll('code')) code.remove();
    expect(linkedinAdapter.activeAccount(named)).toEqual({
      account: null,
      reason:
        'linkedin: member "Marie Dupont" found (img.global-nav__me-photo) but no /in/ profile link for the handle',
    });
    const empty = loadFixture('linkedin', 'feed.sdui.html', FEED);
    empty.body.replaceChildren();
    expect(linkedinAdapter.activeAccount(empty).reason).toMatch(/^linkedin: no signed-in member/);
  });
});

describe('linkedin composers and the post each answers', () => {
  it('legacy feed: Quill comment box inside its post, messaging box', () => {
    const composers = linkedinAdapter.composers(load('feed.html'));
    expect(composers.map((c) => [c.kind, c.editor, c.answering?.id ?? null])).toEqual([
      ['comment', 'quill', 'urn:li:activity:7436689787462155662'],
      ['message', 'contenteditable', null],
    ]);
    expect(composers[0]?.element.dataset.fixtureId).toBe('li-feed-comment');
  });

  it('sdui feed: TipTap boxes outside the post card are matched to their own post', () => {
    const composers = linkedinAdapter.composers(load('feed.sdui.html'));
    expect(composers.map((c) => [c.element.dataset.fixtureId, c.kind, c.editor, c.answering?.id])).toEqual([
      // Matched through its comments' replaceableComment_urn:li:comment:(urn:li:activity:…) keys.
      ['li-sdui-comment-lea', 'comment', 'prosemirror', 'urn:li:activity:7437403203149448203'],
      // No comments yet: matched through the post card sharing its feed item.
      ['li-sdui-comment-acme', 'comment', 'prosemirror', 'urn:li:activity:7436689787462155662'],
    ]);
    expect(composers[1]?.answering?.authorName).toBe('Acme France');
  });

  it('sdui feed: refuses to guess when the box shares its region with several posts', () => {
    const doc = load('feed.sdui.html');
    const box = doc.querySelector('[componentkey="commentBox-4c0d8e21"]');
    const feed = doc.querySelector('[data-testid="mainFeed"]');
    if (box) feed?.append(box); // now a direct child of the feed list, next to three posts
    const composer = linkedinAdapter.composers(doc).find((c) => c.element.dataset.fixtureId === 'li-sdui-comment-acme');
    expect(composer?.answering).toBeNull();
  });

  it.each([
    ['post.html', 'quill'],
    ['post.sdui.html', 'prosemirror'],
  ])('%s: top-level box answers the post, the reply box answers the comment', (file, editor) => {
    const composers = linkedinAdapter.composers(load(file, POST_PAGE));
    expect(composers.map((c) => [c.kind, c.editor, c.answering?.kind, c.answering?.id])).toEqual([
      ['comment', editor, 'post', 'urn:li:activity:7436689787462155662'],
      ['reply', editor, 'comment', 'urn:li:comment:(activity:7436689787462155662,7436697973337035888)'],
    ]);
    expect(composers[1]?.answering?.authorName).toBe('Tom Baker');
  });

  it('French sdui page: same matching without any English label', () => {
    const [composer] = linkedinAdapter.composers(load('feed.fr.html'));
    expect(composer).toMatchObject({ kind: 'comment', editor: 'prosemirror' });
    expect(composer?.answering?.id).toBe('urn:li:activity:7437799548518523456');
  });

  it('share box: legacy page and sdui page (inside the #interop-outlet shadow root)', () => {
    expect(linkedinAdapter.composers(load('composer.html', ADMIN)).map((c) => [c.kind, c.editor])).toEqual([
      ['post', 'quill'],
    ]);
    const doc = load('composer.sdui.html');
    const host = doc.getElementById('interop-outlet');
    const modal = host?.firstElementChild;
    const shadow = host?.attachShadow({ mode: 'open' });
    if (modal) shadow?.append(modal);
    expect(doc.querySelectorAll('.ql-editor')).toHaveLength(0);
    const [composer] = linkedinAdapter.composers(doc);
    expect(composer).toMatchObject({ kind: 'post', editor: 'quill', answering: null });
    expect(composer && linkedinAdapter.submitPaths(composer).map((p) => p.label)).toEqual([
      'linkedin: share box Post button',
    ]);
  });

  it('finds no composer on notification pages', () => {
    expect(linkedinAdapter.composers(load('notifications.html'))).toEqual([]);
    expect(linkedinAdapter.composers(load('notifications.sdui.html'))).toEqual([]);
  });
});

describe('linkedin submitPaths', () => {
  const pathsOf = (file: string, url = FEED) =>
    linkedinAdapter.composers(load(file, url)).map((composer) =>
      linkedinAdapter.submitPaths(composer).map((path) => {
        const target = path.kind === 'click' ? path.element : path.kind === 'form' ? path.form : path.target;
        return [path.kind, target.getAttribute('data-fixture-submit') ?? target.className.split(' ')[0]];
      }),
    );

  it('legacy: each box its own submit button and form, never a keyboard shortcut', () => {
    expect(pathsOf('post.html', POST_PAGE)).toEqual([
      [
        ['click', 'li-post-comment'],
        ['form', 'comments-comment-box__form'],
      ],
      [
        ['click', 'li-post-reply'],
        ['form', 'comments-comment-box__form'],
      ],
    ]);
  });

  it('sdui: the comment-post button next to each box (no form, no key)', () => {
    expect(pathsOf('feed.sdui.html')).toEqual([
      [['click', 'li-sdui-comment-lea']],
      [['click', 'li-sdui-comment-acme']],
    ]);
    expect(pathsOf('post.sdui.html', POST_PAGE)).toEqual([
      [['click', 'li-sdui-post-comment']],
      [['click', 'li-sdui-post-reply']],
    ]);
    expect(pathsOf('feed.fr.html')).toEqual([[['click', 'li-fr-comment']]]);
  });

  it('share box Post button; messaging Send button and form', () => {
    expect(pathsOf('composer.html', ADMIN)).toEqual([[['click', 'li-share']]]);
    expect(pathsOf('feed.html')[1]).toEqual([
      ['click', 'li-message'],
      ['form', 'msg-form'],
    ]);
  });

  it('no button yet (sdui renders it after the first keystroke): no path, not another box’s', () => {
    const doc = load('feed.sdui.html');
    doc.querySelector('[data-fixture-submit="li-sdui-comment-acme"]')?.remove();
    const composer = linkedinAdapter.composers(doc)[1];
    expect(composer && linkedinAdapter.submitPaths(composer)).toEqual([]);
  });
});

describe('linkedin on a degraded page', () => {
  it('never throws and reports what is missing', () => {
    const doc = load('feed.sdui.html');
    for (const el of doc.querySelectorAll('[data-testid^="ReactionFacepile"], [data-view-name="feed-actor-image"]')) {
      el.remove();
    }
    for (const el of doc.querySelectorAll('[componentkey]')) el.setAttribute('componentkey', 'broken');
    expect(() => linkedinAdapter.posts(doc)).not.toThrow();
    expect(linkedinAdapter.posts(doc)).toEqual([]);
    const composers = linkedinAdapter.composers(doc);
    expect(composers.map((c) => c.answering)).toEqual([null, null]);
    expect(linkedinAdapter.activeAccount(doc).account?.handle).toBe('marie-dupont-acme');
  });

  it('tolerates malformed embedded JSON', () => {
    const doc = load('feed.html');
    const body = doc.getElementById('bpr-guid-2201');
    if (body) body.textContent = '{"data": oops';
    expect(linkedinAdapter.activeAccount(doc)).toEqual({
      account: null,
      reason: 'linkedin: bpr-guid-2201 (/voyager/api/me) has no miniProfile',
    });
  });

  it('is a LinkedIn page only on linkedin.com', () => {
    expect(linkedinAdapter.isNetworkPage(load('feed.html'))).toBe(true);
    expect(linkedinAdapter.isNetworkPage(loadFixture('linkedin', 'feed.html', 'https://example.com/'))).toBe(false);
    expect(linkedinAdapter.pageStateKeys).toEqual([]);
  });
});
