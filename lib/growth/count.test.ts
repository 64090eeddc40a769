import { describe, expect, it } from 'vitest';
import { parseCount } from '@/lib/growth/count';

describe('parseCount', () => {
  it.each([
    ['12.3K', 12_300],
    ['12.3K Followers', 12_300],
    ['1,2 k', 1_200],
    ['1,2\u00a0k abonnés', 1_200],
    ['1 234 abonnés', 1_234],
    ['1\u202f234\u00a0abonnés', 1_234],
    ['1.2M', 1_200_000],
    ['3,4 M de followers', 3_400_000],
    ['12,345 followers', 12_345],
    ['1.234 Follower', 1_234],
    ['2 Mio. Follower', 2_000_000],
    ['987', 987],
    ['1,5 Md', 1_500_000_000],
    ['0 followers', 0],
  ])('%s → %d', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  it.each([['Followers'], [''], ['abonnés'], ['1,23 followers']])('no count in %j', (text) => {
    expect(parseCount(text)).toBeNull();
  });

  it('does not read a word starting with k or m as a suffix', () => {
    expect(parseCount('500 members')).toBe(500);
    expect(parseCount('12 kilos')).toBe(12);
  });
});
