import { describe, expect, it } from 'vitest';
import { closeWord, fold, matchBand } from '@/lib/templates/match';
import type { Template } from '@/lib/templates/model';
import { filterIndexed, isClose, isSearchPrepared, prepareSearch } from '@/lib/templates/search-index';
import { starterTemplates } from '@/lib/templates/starter';

/** A small deterministic generator: the same "random" filters on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = ['merci', 'livraison', 'retard', 'Événement', 'excuses', 'thanks', 'delivery', 'sorry', 'prix', 'colis'];
const LETTERS = 'aeimnorstlcdvé';

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

function library(size: number, next: () => number): Template[] {
  const pick = () => WORDS[Math.floor(next() * WORDS.length)] as string;
  return Array.from({ length: size }, (_, index) =>
    make({
      id: `t${index}`,
      name: `${pick()} ${index % 3 ? pick() : ''} ${index}`.trim(),
      shortcut: index % 4 ? `${pick().slice(0, 3)}${index % 50}` : '',
      body: `Bonjour {author.firstName}, ${pick()} ${pick()} ${index % 5 ? 'pour votre message' : 'mreci beaucoup'}`,
      tags: index % 3 ? [] : [pick()],
    }),
  );
}

/** The plain matcher: each template's band on its own, then one stable sort (exact shortcut, band). */
function reference(ordered: readonly Template[], filter: string): string[] {
  const query = filter.trim();
  if (!query) return ordered.map((template) => template.id);
  const exact = fold(query);
  return ordered
    .map((template) => ({ template, band: matchBand(template, query) }))
    .filter((entry) => entry.band !== null)
    .map((entry) => ({ ...entry, exact: exact !== '' && fold(entry.template.shortcut) === exact ? 0 : 1 }))
    .sort((a, b) => a.exact - b.exact || (a.band ?? 0) - (b.band ?? 0))
    .map((entry) => entry.template.id);
}

/** A filter as people type it: a word's start, a whole word with a typo, two words, accents, spaces. */
function randomFilter(next: () => number): string {
  const word = () => {
    const base = WORDS[Math.floor(next() * WORDS.length)] as string;
    const chars = [...base.slice(0, 1 + Math.floor(next() * base.length))];
    const typo = next();
    const at = Math.floor(next() * chars.length);
    if (typo < 0.15 && chars.length > 1) chars.splice(at, 1);
    else if (typo < 0.3) chars.splice(at, 0, LETTERS[Math.floor(next() * LETTERS.length)] as string);
    else if (typo < 0.45 && at > 0) [chars[at - 1], chars[at]] = [chars[at] as string, chars[at - 1] as string];
    else if (typo < 0.55) chars[at] = LETTERS[Math.floor(next() * LETTERS.length)] as string;
    return next() < 0.2 ? chars.join('').toUpperCase() : chars.join('');
  };
  const shape = next();
  if (shape < 0.1) return `${word().slice(0, 3)}${Math.floor(next() * 60)}`;
  if (shape < 0.25) return `${word()} ${word()}`;
  if (shape < 0.3) return `${word()} `;
  return word();
}

// The plain matcher is slow by design (it folds every template for every filter): generous time on a shared machine.
describe('the picker index', () => {
  it('gives exactly the plain matcher’s templates and order for random filters', () => {
    const next = random(14);
    const list = library(150, next);
    for (let round = 0; round < 200; round++) {
      const filter = randomFilter(next);
      expect(
        filterIndexed(list, filter).map((template) => template.id),
        filter,
      ).toEqual(reference(list, filter));
    }
  }, 30_000);

  it('stays exact keystroke after keystroke, and when the library changes between openings', () => {
    const next = random(6);
    let list = starterTemplates(0);
    for (let opening = 0; opening < 6; opening++) {
      // New objects at each opening (the library is read anew), some texts edited, some new words.
      list = [...list.map((template) => ({ ...template })), ...library(40, next)].map((template, index) =>
        index % 7 === opening ? { ...template, body: `${template.body} ${opening}nouveau${index}` } : template,
      );
      const typed = randomFilter(next);
      for (let length = 0; length <= typed.length; length++) {
        const filter = typed.slice(0, length);
        expect(
          filterIndexed(list, filter).map((template) => template.id),
          filter,
        ).toEqual(reference(list, filter));
      }
      for (const filter of [`${opening}nouv`, 'nouveau', 'merci', 'crise', 'zzzzqqq', '!!', '  ']) {
        expect(
          filterIndexed(list, filter).map((template) => template.id),
          filter,
        ).toEqual(reference(list, filter));
      }
    }
  }, 30_000);

  it('folds a template ahead of need from its texts alone, and then filters it exactly as unprepared', () => {
    const next = random(8);
    const list = library(60, next).map((template, index) => ({
      ...template,
      body: `${template.body} préparé${index}`,
    }));
    const prepared = list.slice(0, 30);
    // Only the texts the filter reads (as the picker's warm-up reads them from storage, unvalidated).
    for (const { shortcut, name, tags, body } of prepared) prepareSearch({ shortcut, name, tags, body });
    expect(prepared.every(isSearchPrepared)).toBe(true);
    expect(list.slice(30).some(isSearchPrepared)).toBe(false);
    // A keystroke before the end folds the rest at once: every result is there, in the plain matcher's order.
    for (const filter of ['prepare', 'prépar', 'merci', 'm', 'livraison 1', 'excsues']) {
      expect(
        filterIndexed(list, filter).map((template) => template.id),
        filter,
      ).toEqual(reference(list, filter));
    }
    expect(list.every(isSearchPrepared)).toBe(true);
  });

  it('decides a close spelling as match.ts does', () => {
    const next = random(2026);
    const misspell = (text: string, edits: number) => {
      const chars = [...text];
      for (let edit = 0; edit < edits; edit++) {
        const at = Math.floor(next() * chars.length);
        const kind = next();
        if (kind < 0.25 && chars.length > 1) chars.splice(at, 1);
        else if (kind < 0.5) chars.splice(at, 0, LETTERS[Math.floor(next() * LETTERS.length)] as string);
        else if (kind < 0.75 && at > 0) [chars[at - 1], chars[at]] = [chars[at] as string, chars[at - 1] as string];
        else chars[at] = LETTERS[Math.floor(next() * LETTERS.length)] as string;
      }
      return chars.join('');
    };
    const seen = { close: 0, typo: 0, far: 0 };
    for (let round = 0; round < 10_000; round++) {
      const base = fold(WORDS[Math.floor(next() * WORDS.length)] as string);
      const word = misspell(base, Math.floor(next() * 3)) + (next() < 0.3 ? 'ment' : '');
      const wanted = misspell(base.slice(0, 1 + Math.floor(next() * base.length)), Math.floor(next() * 4));
      const expected = closeWord(word, wanted);
      expect(isClose(word, wanted), `${word} ~ ${wanted}`).toBe(expected);
      if (!expected) seen.far += 1;
      else if (word.includes(wanted)) seen.close += 1;
      else seen.typo += 1;
    }
    // The generator reaches every case: contained, a typo away, and too far.
    expect(Math.min(seen.close, seen.typo, seen.far)).toBeGreaterThan(500);
  }, 30_000);
});
