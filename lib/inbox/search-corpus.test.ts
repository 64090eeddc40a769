import { describe, expect, it } from 'vitest';
import { SearchCorpus } from '@/lib/inbox/search-corpus';

describe('the search corpus', () => {
  const texts = ['colis livre', 'livraison', '', 'prix\nretard colis', 'colis'];
  const rows = () => texts.map((haystack, id) => ({ id, haystack }));

  it('finds every row holding a term once, at the first and the last row and at a row’s end', () => {
    const corpus = new SearchCorpus(rows());
    expect(corpus.holding('colis')?.map((row) => row.id)).toEqual([0, 3, 4]);
    expect(corpus.holding('livr')?.map((row) => row.id)).toEqual([0, 1]);
    expect(corpus.holding('s')?.map((row) => row.id)).toEqual([0, 1, 3, 4]);
    expect(corpus.holding('absent')).toEqual([]);
  });

  it('gives up (null) as soon as more rows than asked hold the term', () => {
    const corpus = new SearchCorpus(rows());
    expect(corpus.holding('colis', 2)).toBeNull();
    expect(corpus.holding('colis', 3)?.map((row) => row.id)).toEqual([0, 3, 4]);
  });

  it('never matches across two rows’ texts', () => {
    // "livraison" ends row 1, row 2 is empty and row 3 starts with "prix": no row holds "sonprix".
    expect(new SearchCorpus(rows()).holding('sonprix')).toEqual([]);
  });

  it('keeps each row’s text as it was', () => {
    const given = rows();
    new SearchCorpus(given);
    expect(given.map((row) => row.haystack)).toEqual(texts);
  });
});
