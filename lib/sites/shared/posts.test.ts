import { describe, expect, it } from 'vitest';
import { uniquePosts } from '@/lib/sites/shared/posts';
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
