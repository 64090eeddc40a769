/**
 * The picker's filter over a library of thousands, keystroke after keystroke: exactly the bands
 * and the order of match.ts and rank.ts (tests compare them on random filters), at a cost that
 * does not grow with the words a library holds.
 *
 * Every word any template holds gets a number once (the vocabulary); a template keeps its words
 * as numbers. A filter word is compared with each word of the vocabulary once — starts with it,
 * or contains it or is a typo away from it — and that answer is kept for the next keystrokes and
 * openings (a filter is typed letter by letter, then deleted and typed again). Matching a template
 * is then reading a few numbers, and the bands are filled in one pass without sorting.
 */

import { sharedAcrossBundles } from '@/lib/shared-across-bundles';
import { fold, splitWords, wordsOf } from '@/lib/templates/match';
import type { Template } from '@/lib/templates/model';

/** A template as the filter reads it: folded once, its words as vocabulary numbers. */
interface Indexed {
  shortcut: string;
  name: string;
  /** Words of the name, tags and shortcut. */
  label: Int32Array;
  /** Label and body words, each once. */
  all: Int32Array;
}

/**
 * Everything kept per page, in one place: the library bundle folds the words at focus and the
 * picker's view bundle filters with them (lib/shared-across-bundles.ts).
 */
const indexState = () => sharedAcrossBundles('template-search-index', createIndexState);
type IndexState = ReturnType<typeof createIndexState>;

function createIndexState() {
  return {
    vocabulary: new Map<string, number>(),
    words: [] as string[],
    /**
     * Indexed templates by what the filter reads of them, not by object: the library is read anew at
     * each opening (new objects, same texts), and its words need folding only once per page.
     */
    byText: new Map<string, Indexed>(),
    byTemplate: new WeakMap<SearchTexts, Indexed>(),
    prefixSets: new Map<string, WordSet>(),
    closeSets: new Map<string, WordSet>(),
    /** The indexed form of a list in context order, built once per list (once per picker opening). */
    listIndex: new WeakMap<readonly Template[], Indexed[]>(),
  };
}

function wordId({ vocabulary, words }: IndexState, word: string): number {
  let id = vocabulary.get(word);
  if (id === undefined) {
    id = words.length;
    words.push(word);
    vocabulary.set(word, id);
  }
  return id;
}

/** What the filter reads of a template. */
export type SearchTexts = Pick<Template, 'shortcut' | 'name' | 'tags' | 'body'>;

const textKey = (texts: SearchTexts) =>
  `${texts.shortcut}\u0000${texts.name}\u0000${texts.tags.join('\u0001')}\u0000${texts.body}`;

function indexedTexts(state: IndexState, texts: SearchTexts): Indexed {
  const key = textKey(texts);
  let found = state.byText.get(key);
  if (!found) {
    // wordsOf is splitWords of fold: the name and the shortcut are folded once for both.
    const shortcut = fold(texts.shortcut);
    const name = fold(texts.name);
    const label = [...splitWords(name), ...wordsOf(texts.tags.join(' ')), ...splitWords(shortcut)];
    const all = new Set([...label, ...wordsOf(texts.body)]);
    const id = (word: string) => wordId(state, word);
    found = { shortcut, name, label: Int32Array.from(label, id), all: Int32Array.from(all, id) };
    state.byText.set(key, found);
  }
  return found;
}

function indexedOf(state: IndexState, template: SearchTexts): Indexed {
  let found = state.byTemplate.get(template);
  if (!found) {
    found = indexedTexts(state, template);
    state.byTemplate.set(template, found);
  }
  return found;
}

/**
 * Folds a template's words ahead of the first filter keystroke that needs them (the picker does
 * it in idle slices once a box got focus, and again on opening for what changed). The same object
 * given to the filter then costs it one lookup.
 */
export function prepareSearch(template: SearchTexts): void {
  indexedOf(indexState(), template);
}

/** Whether these texts are folded already: a filter keystroke reading them folds nothing. */
export function isSearchPrepared(texts: SearchTexts): boolean {
  return indexState().byText.has(textKey(texts));
}

/**
 * Which words of the vocabulary a filter word matches, kept per filter word. `covered` says how
 * much of the vocabulary was looked at: words added since are looked at on the next use.
 */
interface WordSet {
  matches: Uint8Array;
  covered: number;
}

/** Filter words whose answers are kept; beyond, the oldest are forgotten. */
const KEPT_FILTER_WORDS = 32;

function wordSet(
  words: readonly string[],
  cache: Map<string, WordSet>,
  wanted: string,
  test: (word: string) => boolean,
): Uint8Array {
  let set = cache.get(wanted);
  if (!set) {
    if (cache.size >= KEPT_FILTER_WORDS) cache.delete(cache.keys().next().value as string);
    set = { matches: new Uint8Array(Math.max(64, words.length)), covered: 0 };
    cache.set(wanted, set);
  }
  if (set.covered < words.length) {
    if (set.matches.length < words.length) {
      const grown = new Uint8Array(words.length * 2);
      grown.set(set.matches);
      set.matches = grown;
    }
    for (let id = set.covered; id < words.length; id++) set.matches[id] = test(words[id] as string) ? 1 : 0;
    set.covered = words.length;
  }
  return set.matches;
}

const prefixSet = ({ words, prefixSets }: IndexState, wanted: string) =>
  wordSet(words, prefixSets, wanted, (word) => word.startsWith(wanted));
const closeSet = ({ words, closeSets }: IndexState, wanted: string) =>
  wordSet(words, closeSets, wanted, (word) => isClose(word, wanted));

/** Typos allowed for a filter word, as match.ts: none under 5 letters, one up to 7, two beyond. */
function typosAllowed(word: string): number {
  if (word.length < 5) return 0;
  return word.length < 8 ? 1 : 2;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * match.ts's closeWord in one alignment: the word, or its start as long as the filter or one
 * letter longer, within the typos allowed. Rows of the alignment are the word's prefixes, so the
 * three distances are read off one table, and it stops at the first row all beyond the limit.
 */
export function isClose(word: string, wanted: string): boolean {
  if (word.includes(wanted)) return true;
  const max = typosAllowed(wanted);
  if (max === 0) return false;
  const n = wanted.length;
  const m = word.length;
  if (rowA.length <= n) {
    rowA = new Int32Array(n * 2 + 2);
    rowB = new Int32Array(n * 2 + 2);
    rowC = new Int32Array(n * 2 + 2);
  }
  // prev2 = row i-2, prev = row i-1, row = row i (distances of word[0, i) to wanted[0, j)).
  let prev2 = rowA;
  let prev = rowB;
  let row = rowC;
  for (let j = 0; j <= n; j++) prev[j] = j;
  const read = (i: number) => i === Math.min(n, m) || i === Math.min(n + 1, m) || i === m;
  for (let i = 1; i <= m; i++) {
    const a = word.charCodeAt(i - 1);
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const b = wanted.charCodeAt(j - 1);
      let best = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a === b ? 0 : 1),
      );
      if (i > 1 && j > 1 && a === wanted.charCodeAt(j - 2) && word.charCodeAt(i - 2) === b) {
        best = Math.min(best, (prev2[j - 2] as number) + 1);
      }
      row[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (read(i) && (row[n] as number) <= max) return true;
    // Every later cell is at least a cell of this row, or a swap whose cost this row already holds.
    if (rowMin > max) return false;
    const spare = prev2;
    prev2 = prev;
    prev = row;
    row = spare;
  }
  return false;
}

const hasEvery = (ids: Int32Array, sets: readonly Uint8Array[]) => {
  for (const set of sets) {
    let found = false;
    for (let k = 0; k < ids.length; k++) {
      if (set[ids[k] as number] === 1) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
};

function indexedList(state: IndexState, ordered: readonly Template[]): Indexed[] {
  let found = state.listIndex.get(ordered);
  if (!found) {
    found = ordered.map((template) => indexedOf(state, template));
    state.listIndex.set(ordered, found);
    forgetOtherTexts(state, found);
  }
  return found;
}

/** Keeps only the texts of the latest list (edited templates' old texts are not kept all day). */
function forgetOtherTexts(state: IndexState, current: Indexed[]) {
  if (state.byText.size <= current.length * 2 + 100) return;
  const keep = new Set(current);
  state.byText = new Map([...state.byText].filter(([, indexed]) => keep.has(indexed)));
}

/**
 * Templates in context order narrowed by the filter: an exact shortcut first, then by band (match.ts),
 * the context order kept within each. Same result as sorting match.ts's bands (rank.test.ts).
 */
export function filterIndexed(ordered: readonly Template[], filter: string): Template[] {
  const wanted = fold(filter.trim());
  if (!wanted) return [...ordered];
  const queryWords = wordsOf(wanted);
  const state = indexState();
  const entries = indexedList(state, ordered);
  const labelSets = queryWords.map((q) => prefixSet(state, q));
  const anySets = queryWords.map((q, index) => (q.length < 3 ? (labelSets[index] as Uint8Array) : closeSet(state, q)));
  const exact: Template[] = [];
  const bands: [Template[], Template[], Template[]] = [[], [], []];
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as Indexed;
    const template = ordered[index] as Template;
    if ((entry.shortcut !== '' && entry.shortcut.startsWith(wanted)) || entry.name.startsWith(wanted)) {
      (entry.shortcut === wanted ? exact : bands[0]).push(template);
    } else if (queryWords.length > 0) {
      if (hasEvery(entry.label, labelSets)) bands[1].push(template);
      else if (hasEvery(entry.all, anySets)) bands[2].push(template);
    }
  }
  return exact.concat(bands[0], bands[1], bands[2]);
}
