// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { guardAdapter } from '@/lib/sites/shared/guard-adapter';
import { asRecord, asText, parseJson } from '@/lib/sites/shared/json';
import { enterKeyPath } from '@/lib/sites/shared/submit';
import { docAt } from '@/lib/sites/shared/test-doc';
import type { Composer, SiteAdapter } from '@/lib/sites/types';

const boom = (): never => {
  throw new Error('boom');
};

const throwing: SiteAdapter = {
  network: 'x',
  pageStateKeys: ['xReduxSession'],
  isNetworkPage: boom,
  activeAccount: boom,
  composers: boom,
  submitPaths: boom,
  posts: boom,
  postSelector: 'article',
  postFrom: boom,
  composerSelector: 'textarea',
  composerFrom: boom,
};

describe('guardAdapter', () => {
  const doc = docAt('<textarea></textarea>');
  const composer: Composer = {
    element: doc.querySelector('textarea') as HTMLElement,
    kind: 'post',
    editor: 'textarea',
    answering: null,
  };

  it('turns every exception into an empty answer with a reason', () => {
    const guarded = guardAdapter(throwing);
    expect(guarded.network).toBe('x');
    expect(guarded.pageStateKeys).toEqual(['xReduxSession']);
    expect(guarded.isNetworkPage(doc)).toBe(false);
    expect(guarded.activeAccount(doc)).toEqual({
      account: null,
      reason: 'x: unexpected error in activeAccount (boom)',
    });
    expect(guarded.composers(doc)).toEqual([]);
    expect(guarded.submitPaths(composer)).toEqual([]);
    expect(guarded.posts(doc)).toEqual([]);
    expect(guarded.postFrom(doc.body)).toBeNull();
    expect(guarded.composerFrom(composer.element)).toBeNull();
    expect([guarded.postSelector, guarded.composerSelector]).toEqual(['article', 'textarea']);
  });

  it('passes answers and arguments through unchanged', () => {
    const seen: unknown[] = [];
    const guarded = guardAdapter({
      ...throwing,
      isNetworkPage: () => true,
      activeAccount: (_doc, pageState) => {
        seen.push(pageState);
        return { account: { handle: 'marie', displayName: 'Marie', source: 'test' } };
      },
      composers: () => [composer],
      submitPaths: (c) => [enterKeyPath(c.element, 'Enter')],
      posts: () => [],
      composerFrom: () => composer,
    });
    expect(guarded.composerFrom(composer.element)).toBe(composer);
    expect(guarded.isNetworkPage(doc)).toBe(true);
    expect(guarded.activeAccount(doc, { state: 1 }).account?.handle).toBe('marie');
    expect(seen).toEqual([{ state: 1 }]);
    expect(guarded.composers(doc)).toEqual([composer]);
    expect(guarded.submitPaths(composer)).toEqual([
      { kind: 'key', key: 'Enter', ctrlOrMeta: true, shift: false, target: composer.element, label: 'Enter' },
    ]);
  });
});

describe('enterKeyPath / json readers', () => {
  it('builds plain Enter paths when asked', () => {
    const target = docAt('<div></div>').body;
    expect(enterKeyPath(target, 'l', false)).toMatchObject({ ctrlOrMeta: false, shift: false });
  });

  it('reads page data without throwing', () => {
    expect(parseJson('{"a":1}')).toEqual({ a: 1 });
    expect(parseJson('{nope')).toBeUndefined();
    expect(parseJson(null)).toBeUndefined();
    expect(asRecord([1])).toBeUndefined();
    expect(asRecord({ a: 1 })).toEqual({ a: 1 });
    expect(asText('  x ')).toBe('x');
    expect(asText('  ')).toBeUndefined();
  });
});
