// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { healthReportText, summariseHealth } from '@/lib/sites/health';
import type { Composer, ScrapedPost, SiteAdapter } from '@/lib/sites/types';

const element = document.createElement('div');
const post = (over: Partial<ScrapedPost> = {}): ScrapedPost => ({
  network: 'x',
  id: '1',
  authorName: 'Marie',
  authorHandle: '@marie',
  authorUrl: 'https://x.com/marie',
  text: 'Bonjour !',
  permalink: 'https://x.com/marie/status/1',
  kind: 'post',
  element,
  ...over,
});
const composer = (kind: Composer['kind']): Composer => ({ element, kind, editor: 'draftjs', answering: null });

const adapter = (paths: number | 'throws'): SiteAdapter => ({
  network: 'x',
  isNetworkPage: () => true,
  activeAccount: () => ({ account: null, reason: 'unused' }),
  composers: () => [],
  posts: () => [],
  postSelector: 'article',
  postFrom: () => null,
  composerSelector: 'textarea',
  composerFrom: () => null,
  pageStateKeys: [],
  submitPaths: () => {
    if (paths === 'throws') throw new Error('boom');
    return Array.from({ length: paths }, () => ({ kind: 'form', form: document.createElement('form'), label: 'f' }));
  },
});

describe('summariseHealth', () => {
  it('counts what was found and says where the identity came from', () => {
    const health = summariseHealth(adapter(2), 'https://x.com/home?token=secret', {
      account: { account: { handle: 'acme', displayName: 'Acme', source: 'dom:switcher' } },
      composers: [composer('reply'), composer('reply'), composer('post')],
      posts: [post(), post({ id: '2', publishedAt: '2026-11-25T10:00:00Z' })],
    });
    expect(health.identity).toEqual({ handle: 'acme', displayName: 'Acme', source: 'dom:switcher' });
    expect(health.composers).toEqual({ count: 3, kinds: { reply: 2, post: 1 }, editors: ['draftjs'] });
    expect(health.submitPaths).toEqual({ count: 6, composersWithout: 0 });
    expect(health.posts).toMatchObject({ count: 2, withPermalink: 2, withTime: 1 });
    const text = healthReportText(health, '0.1.0');
    expect(text).toContain('identity: @acme "Acme" via dom:switcher');
    expect(text).toContain('composers: 3 (2 reply, 1 post; editors: draftjs)');
    expect(text).toContain('page: https://x.com/home');
    expect(text).not.toContain('secret');
  });

  it('reports a missing identity with its reason and survives an adapter that throws', () => {
    const health = summariseHealth(adapter('throws'), 'https://x.com/', {
      account: { account: null, reason: 'x: account switcher button not found' },
      composers: [composer('post')],
      posts: [],
    });
    expect(health.identity).toEqual({ handle: null, reason: 'x: account switcher button not found' });
    expect(health.submitPaths).toEqual({ count: 0, composersWithout: 1 });
    expect(healthReportText(health, '0.1.0')).toContain('identity: not found (x: account switcher button not found)');
  });
});
