/**
 * How well a template matches the filter typed after the trigger, in bands a person
 * understands: the shortcut or the name starts with it, then a word of the name or tags starts
 * with it, then a close spelling (a typo) of a word anywhere in the template. A filter word of
 * three letters or more never matches a template with no word that starts with it, contains it
 * or is one typo away from it, so `merc` never offers an apology.
 */
import type { Template } from '@/lib/templates/model';

/** Lower band numbers come first; null means the template is not offered. */
export type MatchBand = 0 | 1 | 2;

/** Lowercase without accents: `Événement` and `evenement` are the same filter. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text already folded. */
export function splitWords(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function wordsOf(text: string): string[] {
  return splitWords(fold(text));
}

/** Optimal string alignment distance (a swap of two neighbours counts once), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Typos allowed for a filter word: none under 5 letters, one up to 7, two beyond. */
function typosAllowed(word: string): number {
  if (word.length < 5) return 0;
  return word.length < 8 ? 1 : 2;
}

/** True when `word` (of the template) starts with, contains or is a typo away from `wanted`. */
export function closeWord(word: string, wanted: string): boolean {
  if (word.includes(wanted)) return true;
  const max = typosAllowed(wanted);
  if (max === 0) return false;
  // The whole word, or its start as long as the filter (a filter is often a word being typed).
  return (
    editDistance(word, wanted, max) <= max ||
    editDistance(word.slice(0, wanted.length), wanted, max) <= max ||
    editDistance(word.slice(0, wanted.length + 1), wanted, max) <= max
  );
}

/** A template's words, folded: what the filter compares (search-index.ts keeps them per page). */
interface Searchable {
  shortcut: string;
  name: string;
  labelWords: string[];
  /** Label and body words, each once. */
  allWords: string[];
}

function searchableOf(template: Template): Searchable {
  const labelWords = [...wordsOf(template.name), ...wordsOf(template.tags.join(' ')), ...wordsOf(template.shortcut)];
  return {
    shortcut: fold(template.shortcut),
    name: fold(template.name),
    labelWords,
    allWords: [...new Set([...labelWords, ...wordsOf(template.body)])],
  };
}

/**
 * The band of a template for a filter, or null when it must not be offered: the definition the
 * picker's index (search-index.ts) follows, template by template.
 */
export function matchBand(template: Template, query: string): MatchBand | null {
  const wanted = fold(query.trim());
  if (!wanted) return 0;
  const { shortcut, name, labelWords, allWords } = searchableOf(template);
  if ((shortcut !== '' && shortcut.startsWith(wanted)) || name.startsWith(wanted)) return 0;
  const queryWords = wordsOf(wanted);
  if (queryWords.length === 0) return null;
  if (queryWords.every((q) => labelWords.some((word) => word.startsWith(q)))) return 1;
  const fits = (q: string) =>
    q.length < 3 ? allWords.some((word) => word.startsWith(q)) : allWords.some((word) => closeWord(word, q));
  return queryWords.every(fits) ? 2 : null;
}
