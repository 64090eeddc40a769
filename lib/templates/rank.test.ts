import { describe, expect, it } from 'vitest';
import { guessLanguage } from '@/lib/templates/language';
import type { Template } from '@/lib/templates/model';
import { rankTemplates } from '@/lib/templates/rank';
import { starterTemplates } from '@/lib/templates/starter';

const NOW = Date.UTC(2026, 2, 5);
const make = (over: Partial<Template> & { id: string }): Template => ({
  name: over.id,
  body: 'Hello',
  shortcut: '',
  tags: [],
  networks: [],
  language: 'any',
  useCount: 0,
  lastUsedAt: null,
  createdAt: 0,
  updatedAt: 0,
  ...over,
});
const ids = (list: Template[]) => list.map((template) => template.id);

describe('rankTemplates', () => {
  it('filters fuzzily over name, shortcut, tags and body, exact shortcut first', () => {
    const list = starterTemplates(0);
    expect(ids(rankTemplates(list, { query: 'merci', now: NOW }))[0]).toBe('starter-thanks-fr');
    expect(ids(rankTemplates(list, { query: 'excsues', now: NOW }))[0]).toBe('starter-apology-fr');
    expect(ids(rankTemplates(list, { query: 'livraison', now: NOW }))[0]).toBe('starter-price-fr');
    expect(ids(rankTemplates(list, { query: 'crisis', now: NOW }))).toContain('starter-holding-en');
    expect(rankTemplates(list, { query: 'zzzzqqq', now: NOW })).toEqual([]);
  });

  it("puts this network's templates and the comment's language first", () => {
    const list = [
      make({ id: 'linkedin-only', networks: ['linkedin'] }),
      make({ id: 'en', language: 'en' }),
      make({ id: 'fr-x', language: 'fr', networks: ['x'] }),
      make({ id: 'fr', language: 'fr' }),
    ];
    const ranked = ids(
      rankTemplates(list, { query: '', network: 'x', answeringText: 'Bonjour, je suis très déçue', now: NOW }),
    );
    expect(ranked).toEqual(['fr-x', 'fr', 'en', 'linkedin-only']);
  });

  it('then by recent use', () => {
    const list = [
      make({ id: 'old', lastUsedAt: NOW - 60 * 86_400_000, useCount: 3 }),
      make({ id: 'never' }),
      make({ id: 'yesterday', lastUsedAt: NOW - 86_400_000, useCount: 1 }),
    ];
    expect(ids(rankTemplates(list, { query: '', now: NOW }))).toEqual(['yesterday', 'old', 'never']);
  });

  it('boosts templates about what the comment asks (price, delivery, refund)', () => {
    const list = starterTemplates(0);
    const ask = (answeringText: string) => ids(rankTemplates(list, { query: '', answeringText, now: NOW }))[0];
    expect(ask('Quel est le prix et la livraison prend combien de temps ?')).toBe('starter-price-fr');
    expect(ask('When will my delivery arrive? Still waiting for the parcel')).toBe('starter-price-en');
    expect(ask('I want a refund, the product is broken')).toBe('starter-apology-en');
  });
});

describe('guessLanguage', () => {
  it('tells French from English, or says it cannot', () => {
    expect(guessLanguage("Merci pour la livraison, c'est parfait")).toBe('fr');
    expect(guessLanguage('Thanks for the quick delivery, this is great')).toBe('en');
    expect(guessLanguage('🔥🔥')).toBeNull();
  });
});
