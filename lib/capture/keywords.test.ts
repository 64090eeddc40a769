import { describe, expect, it } from 'vitest';
import { compileKeywords, foldText, matchKeywords, parseKeywordList } from '@/lib/capture/keywords';

const match = (keywords: string[], text: string) => matchKeywords(text, compileKeywords(keywords));

describe('parseKeywordList', () => {
  it('splits lines and commas, trims, drops empties and duplicates (ignoring case and accents)', () => {
    expect(parseKeywordList('Acme, #AcmeKettle\n @acme \n\nacmé\n,  ,#\nthé  glacé')).toEqual([
      'Acme',
      '#AcmeKettle',
      '@acme',
      'thé glacé',
    ]);
  });
});

describe('foldText', () => {
  it('removes case, accents and compatibility forms', () => {
    expect(foldText('Thé GLACÉ ＃Ａcme ﬁn')).toBe('the glace #acme fin');
  });
});

describe('matchKeywords', () => {
  it('ignores case and accents both ways', () => {
    expect(match(['acme'], 'Merci ACME !')).toEqual(['acme']);
    expect(match(['Café Acme'], 'le cafe acme est ouvert')).toEqual(['Café Acme']);
    expect(match(['cafe'], 'Un CAFÉ ?')).toEqual(['cafe']);
  });

  it('respects word boundaries', () => {
    expect(match(['acme'], 'acmecorp and macme')).toEqual([]);
    expect(match(['acme'], "l'acme, (acme) acme.")).toEqual(['acme']);
    expect(match(['kettle 2'], 'the Kettle 2 on 110 V')).toEqual(['kettle 2']);
    expect(match(['kettle 2'], 'the Kettle 20')).toEqual([]);
  });

  it('matches a phrase across line breaks and several spaces', () => {
    expect(match(['thé glacé'], 'Nouvelle recette : thé\n  glacé à la pêche')).toEqual(['thé glacé']);
  });

  it('a brand name also finds its hashtag and mention', () => {
    expect(match(['acme'], 'Bravo #Acme')).toEqual(['acme']);
    expect(match(['acme'], 'Merci @acme')).toEqual(['acme']);
  });

  it('a hashtag matches only that hashtag', () => {
    expect(match(['#acme'], 'Bravo #ACME !')).toEqual(['#acme']);
    expect(match(['#acme'], 'Bravo acme')).toEqual([]);
    expect(match(['#acme'], 'Bravo #acmefans #acme_fr')).toEqual([]);
    expect(match(['#thé'], 'un #the bien chaud')).toEqual(['#thé']);
  });

  it('a handle matches that account, not a longer one', () => {
    expect(match(['@acme'], 'Bonjour @acme ! et @Acme.')).toEqual(['@acme']);
    expect(match(['@acme'], 'Bonjour @acme.bsky.social')).toEqual([]);
    expect(match(['@acme'], 'Bonjour @acme_support')).toEqual([]);
    expect(match(['@acme.bsky.social'], 'Bonjour @acme.bsky.social 👋')).toEqual(['@acme.bsky.social']);
    expect(match(['@acme'], 'write to hello@acme')).toEqual([]);
  });

  it('returns every keyword found, in declared order; nothing for an empty list or text', () => {
    expect(match(['kettle', '#acme', 'missing'], '#acme Kettle')).toEqual(['kettle', '#acme']);
    expect(match([], 'acme')).toEqual([]);
    expect(match(['acme'], '')).toEqual([]);
  });

  it('treats regular-expression characters literally', () => {
    expect(match(['c++'], 'I love C++')).toEqual(['c++']);
    expect(match(['c++'], 'I love c and cc')).toEqual([]);
    expect(match(['a.b'], 'axb')).toEqual([]);
    expect(match(['a.b'], 'see a.b here')).toEqual(['a.b']);
  });
});
