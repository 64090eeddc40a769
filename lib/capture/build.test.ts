// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildCapture, postKey } from '@/lib/capture/build';
import { inboxCaptureSchema } from '@/lib/inbox/item';
import { facebookAdapter } from '@/lib/sites/facebook';
import { linkedinAdapter } from '@/lib/sites/linkedin';
import type { ActiveAccount, ScrapedPost } from '@/lib/sites/types';
import { xAdapter } from '@/lib/sites/x';
import { loadFixture } from '@/tests/unit/load-fixture';

const ACME: ActiveAccount = { handle: 'acme', displayName: 'Acme', source: 'test' };
const AT = Date.UTC(2026, 2, 12, 10, 0, 0);

const post = (over: Partial<ScrapedPost> = {}): ScrapedPost => ({
  network: 'x',
  id: '1861000000000000101',
  authorName: 'Marie Dupont',
  authorHandle: '@marie_dupont',
  authorUrl: 'https://x.com/marie_dupont',
  text: 'Bonjour @acme !',
  permalink: 'https://x.com/marie_dupont/status/1861000000000000101',
  publishedAt: '2025-11-20T08:15:00.000Z',
  kind: 'post',
  element: document.createElement('article'),
  ...over,
});

describe('buildCapture', () => {
  it('carries everything the inbox stores, and the schema accepts it', () => {
    const feed = loadFixture('x', 'feed.html', 'https://x.com/home');
    const reply = xAdapter.posts(feed).find((found) => found.id === '1861000000000000103');
    if (!reply) throw new Error('fixture: reply not found');
    const capture = buildCapture(reply, { pageUrl: 'https://x.com/home', account: ACME, capturedAt: AT });
    expect(capture).toEqual({
      network: 'x',
      postId: '1861000000000000103',
      permalink: 'https://x.com/lea_martin/status/1861000000000000103',
      authorName: 'Léa Martin',
      authorHandle: '@lea_martin',
      authorUrl: 'https://x.com/lea_martin',
      text: expect.stringContaining('Merci pour la réponse rapide'),
      publishedAt: '2025-11-20T07:02:10.000Z',
      pageUrl: 'https://x.com/home',
      capturedAs: 'acme',
      kind: 'reply',
      capturedAt: AT,
    });
    expect(inboxCaptureSchema.safeParse(capture).success).toBe(true);
  });

  it('keeps the post a comment answers (LinkedIn, Facebook)', () => {
    const li = linkedinAdapter.posts(loadFixture('linkedin', 'feed.html', 'https://www.linkedin.com/feed/'));
    const comment = li.find((found) => found.kind === 'comment');
    if (!comment) throw new Error('fixture: LinkedIn comment not found');
    const capture = buildCapture(comment, { pageUrl: 'https://www.linkedin.com/feed/', account: null, capturedAt: AT });
    expect(capture).toMatchObject({ kind: 'comment', inReplyTo: 'urn:li:activity:7436689787462155662' });
    expect(capture).not.toHaveProperty('capturedAs');
    const fb = facebookAdapter.posts(loadFixture('facebook', 'feed.html', 'https://www.facebook.com/'));
    for (const found of fb) {
      const built = buildCapture(found, { pageUrl: 'https://www.facebook.com/', account: ACME, capturedAt: AT });
      expect(inboxCaptureSchema.safeParse(built).success, found.id).toBe(true);
    }
  });

  it('drops links that are not web addresses and a time that is not one', () => {
    const capture = buildCapture(
      post({ authorUrl: 'javascript:alert(1)', permalink: 'data:text/html,<b>x</b>', publishedAt: '3 h' }),
      { pageUrl: 'https://x.com/home', account: ACME, capturedAt: AT },
    );
    expect(capture?.authorUrl).toBe('');
    expect(capture?.permalink).toBe('https://x.com/home#cmc-post-1861000000000000101');
    expect(capture).not.toHaveProperty('publishedAt');
    expect(inboxCaptureSchema.safeParse(capture).success).toBe(true);
  });

  it('gives a post without id or permalink a stable id of its own, distinct from its neighbours', () => {
    const context = { pageUrl: 'https://x.com/home', account: null, capturedAt: AT };
    const first = buildCapture(post({ id: '', permalink: '' }), context);
    const again = buildCapture(post({ id: '', permalink: '' }), context);
    const other = buildCapture(post({ id: '', permalink: '', text: 'Autre message' }), context);
    expect(first?.postId).toMatch(/^fp-/);
    expect(again).toEqual(first);
    expect(other?.postId).not.toBe(first?.postId);
    expect(other?.permalink).not.toBe(first?.permalink);
    expect(inboxCaptureSchema.safeParse(first).success).toBe(true);
  });

  it('keeps page text as plain text, cut at the inbox limit', () => {
    const html = '<img src=x onerror=alert(1)>';
    const long = `${html}${'a'.repeat(200_000)}`;
    const capture = buildCapture(post({ text: long }), {
      pageUrl: 'https://x.com/home',
      account: null,
      capturedAt: AT,
    });
    expect(capture?.text.startsWith(html)).toBe(true);
    expect(capture?.text.length).toBe(100_000);
    expect(inboxCaptureSchema.safeParse(capture).success).toBe(true);
  });

  it('refuses a page that is not a web page', () => {
    expect(buildCapture(post(), { pageUrl: 'about:blank', account: null, capturedAt: AT })).toBeNull();
  });
});

describe('postKey', () => {
  it('is the network and id, else the permalink, else a fingerprint', () => {
    expect(postKey(post())).toBe('x:1861000000000000101');
    expect(postKey(post({ id: '' }))).toBe('x:https://x.com/marie_dupont/status/1861000000000000101');
    expect(postKey(post({ id: '', permalink: '' }))).toMatch(/^x:fp-[0-9a-z]+$/);
  });
});
