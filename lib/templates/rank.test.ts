import { describe, expect, it } from 'vitest';
import { guessLanguage } from '@/lib/templates/language';
import { editDistance } from '@/lib/templates/match';
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
  it('puts holding statements first in crisis mode, and only then', () => {
    const list = starterTemplates(0);
    const calm = ids(rankTemplates(list, { query: '', network: 'x', language: 'en', now: NOW }));
    expect(calm.slice(0, 2)).not.toContain('starter-holding-en');
    const crisis = ids(rankTemplates(list, { query: '', network: 'x', language: 'en', now: NOW, crisis: true }));
    expect(crisis.slice(0, 2)).toEqual(['starter-holding-en', 'starter-holding-fr']);
    // A filter still filters: only what matches it, holding statements first among those.
    const typed = ids(rankTemplates(list, { query: 'welc', now: NOW, crisis: true }));
    expect(typed.sort()).toEqual(ids(rankTemplates(list, { query: 'welc', now: NOW })).sort());
    expect(typed).not.toContain('starter-holding-en');
  });

  it('offers, by band: shortcut or name prefix, then word starts in name and tags, then close spellings', () => {
    const list = starterTemplates(0);
    // `merc`: the thanks (shortcut) first, then French templates whose text says "merci"; no
    // apology, nothing in English.
    const merc = ids(rankTemplates(list, { query: 'merc', now: NOW }));
    expect(merc[0]).toBe('starter-thanks-fr');
    expect(merc.filter((id) => id.includes('apology') || id.endsWith('-en'))).toEqual([]);
    const bands = [
      make({ id: 'body-typo', name: 'Greeting', body: 'We deliverd it' }),
      make({ id: 'tag-start', name: 'Shipping', tags: ['delivery'] }),
      make({ id: 'name-word', name: 'Late delivery' }),
      make({ id: 'name-prefix', name: 'Delivery news' }),
      make({ id: 'unrelated', name: 'Apology', body: 'Sorry about that' }),
    ];
    expect(ids(rankTemplates(bands, { query: 'deliv', now: NOW }))).toEqual([
      'name-prefix',
      'tag-start',
      'name-word',
      'body-typo',
    ]);
    const typo = ids(rankTemplates(bands, { query: 'delivered', now: NOW }));
    expect(typo).toContain('body-typo');
    expect(typo).not.toContain('unrelated');
  });

  it('keeps network, language and recent use as the order within a band', () => {
    const list = [
      make({ id: 'en-old', name: 'Thanks a lot', language: 'en' }),
      make({ id: 'li-only', name: 'Thanks LinkedIn', networks: ['linkedin'] }),
      make({ id: 'x-recent', name: 'Thanks X', networks: ['x'], lastUsedAt: NOW - 86_400_000 }),
      make({ id: 'word', name: 'Big thanks' }),
    ];
    expect(ids(rankTemplates(list, { query: 'than', network: 'x', now: NOW }))).toEqual([
      'x-recent',
      'en-old',
      'li-only',
      'word',
    ]);
  });

  it('never offers a template without a word starting with, containing or one typo from a 3+ letter filter', () => {
    const list = starterTemplates(0);
    for (const query of ['merc', 'livr', 'pri', 'sorr', 'crise', 'excsues', 'bienv']) {
      for (const template of rankTemplates(list, { query, now: NOW })) {
        const words = `${template.shortcut} ${template.name} ${template.tags.join(' ')} ${template.body}`
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u);
        const wanted = query.toLowerCase();
        const close = words.some(
          (word) =>
            word.includes(wanted) || (wanted.length >= 5 && editDistance(word.slice(0, wanted.length), wanted, 1) <= 1),
        );
        expect(close, `${query} → ${template.id}`).toBe(true);
      }
    }
  });

  it('filters over name, shortcut, tags and body, exact shortcut first', () => {
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

describe('ranking a large library on every keystroke', () => {
  const words = ['merci', 'livraison', 'retard', 'excuses', 'promo', 'thanks', 'delivery', 'sorry'];
  const library = Array.from({ length: 400 }, (_, index) =>
    make({
      id: `t${index}`,
      name: `${words[index % words.length]} ${index}`,
      shortcut: `${(words[(index * 3) % words.length] ?? '').slice(0, 3)}${index}`,
      body: `Bonjour, ${words[(index * 5) % words.length]} ${index % 7 ? 'pour votre message' : 'mercu'}`,
      tags: index % 4 ? [] : ['support'],
      networks: index % 9 ? [] : ['x'],
      language: index % 2 ? 'fr' : 'en',
      lastUsedAt: index % 13 ? null : NOW - index * 3_600_000,
    }),
  );

  it('context order once, then filtered per keystroke: the same order as ranking from scratch', async () => {
    const { contextScore, filterRanked, rankByContext } = await import('@/lib/templates/rank');
    const { fold, matchBand } = await import('@/lib/templates/match');
    const ctx = { network: 'x' as const, answeringText: 'Merci, où est ma livraison ?', now: NOW };
    const ordered = rankByContext(library, ctx);
    for (const query of ['', 'm', 'me', 'merc', 'merci', 'mreci', 'livr', 'sup', 'thanks del', 'zzz']) {
      const once = ids(filterRanked(ordered, query));
      // The reference: every key of the order in one sort, as ranking was first written.
      const language = guessLanguage(ctx.answeringText);
      const topics = new Set(['delivery']);
      const exact = fold(query.trim());
      const reference = library
        .map((template, index) => ({ template, index, band: query.trim() ? matchBand(template, query) : 0 }))
        .filter((entry) => entry.band !== null)
        .map((entry) => ({
          ...entry,
          exact: exact !== '' && fold(entry.template.shortcut) === exact ? 0 : 1,
          score: contextScore(entry.template, ctx, language, topics),
        }))
        .sort((a, b) => a.exact - b.exact || (a.band ?? 0) - (b.band ?? 0) || b.score - a.score || a.index - b.index)
        .map((entry) => entry.template.id);
      expect(once).toEqual(reference);
      // The cached, memoised matching agrees with matching each template on its own.
      const alone = library.filter((template) => matchBand(template, query) !== null).map((template) => template.id);
      expect([...once].sort()).toEqual([...alone].sort());
    }
  });
});
