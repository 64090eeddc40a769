/**
 * Finds listed words in a text the way a reader would: case and accents do not matter, a word
 * matches whole (so "ass" is not found in "class"), a hashtag matches with or without its #, and
 * a phrase matches across any run of spaces.
 */

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The listed words found in the text, in list order, each once. */
export function findWords(text: string, words: readonly string[]): string[] {
  const haystack = fold(text);
  const found: string[] = [];
  for (const word of words) {
    const needle = fold(word.trim()).replace(/^#/, '');
    if (!needle) continue;
    const body = needle.split(/\s+/).map(escapeRegExp).join('\\s+');
    // Letters, digits and _ continue a word; a # before the word is allowed (hashtag).
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])#?${body}(?![\\p{L}\\p{N}_])`, 'u');
    if (pattern.test(haystack)) found.push(word);
  }
  return found;
}
