// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { itemKey, uniquePosts } from '@/lib/sites/shared/posts';
import { docAt } from '@/lib/sites/shared/test-doc';
import type { PostKind, ScrapedPost } from '@/lib/sites/types';

const element = docAt('<article></article>').body;
const post = (id: string, kind: PostKind = 'post'): ScrapedPost => ({
  network: 'facebook',
  id,
  kind,
  authorName: '',
  authorHandle: '',
  authorUrl: '',
  text: id,
  permalink: '',
  element,
});

describe('uniquePosts', () => {
  const items = [post('1'), null, post('1', 'comment'), post('1'), post('2')];

  it('drops nulls and repeats of the same kind and id, in order', () => {
    expect(uniquePosts(items, (item) => item).map((p) => `${p.kind}:${p.id}`)).toEqual([
      'post:1',
      'comment:1',
      'post:2',
    ]);
  });

  it('keys by a custom key when ids are unique across kinds', () => {
    expect(
      uniquePosts(
        items,
        (item) => item,
        (p) => p.id,
      ).map((p) => p.id),
    ).toEqual(['1', '2']);
  });
});

describe('itemKey', () => {
  it('is the same whether the post’s "…more" is open or not, and differs between authors and posts', () => {
    const full =
      'Three things we learned shipping our spring collection from Lyon: linen sells itself, free delivery wins, and honest photos matter most.';
    const cut = `${full.slice(0, 95)}…`;
    expect(itemKey('li-item', 'https://www.linkedin.com/in/a/', cut)).toBe(
      itemKey('li-item', 'https://www.linkedin.com/in/a/', full),
    );
    expect(itemKey('li-item', 'https://www.linkedin.com/in/b/', full)).not.toBe(
      itemKey('li-item', 'https://www.linkedin.com/in/a/', full),
    );
    expect(itemKey('li-item', 'https://www.linkedin.com/in/a/', 'Another post')).not.toBe(
      itemKey('li-item', 'https://www.linkedin.com/in/a/', full),
    );
    expect(itemKey('ig-reel', 'acme', 'x')).toMatch(/^ig-reel:[0-9a-z]+$/);
  });
});
