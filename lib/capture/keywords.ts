/**
 * Tracked keywords: brand names, #hashtags and @handles a community manager follows. Matching
 * ignores case and accents ("Café" finds "cafe"), respects word boundaries ("acme" does not
 * match "acmecorp"), and a phrase matches across any run of spaces. Pure: no browser APIs.
 */

export type KeywordKind = 'term' | 'hashtag' | 'handle';

export interface CompiledKeyword {
  /** As the user typed it, for display. */
  keyword: string;
  kind: KeywordKind;
  pattern: RegExp;
}

/** At most this many keywords, each at most this long: what the settings item accepts. */
export const MAX_KEYWORDS = 200;
export const MAX_KEYWORD_LENGTH = 100;

const WORD = '[\\p{L}\\p{N}_]';

/** Lower case without accents or compatibility forms (full-width ＃, ligatures), for comparing. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Splits what the user typed (one per line or comma-separated) into distinct keywords. */
export function parseKeywordList(input: string): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const raw of input.split(/[\n,]/)) {
    const keyword = raw.trim().replace(/\s+/g, ' ').slice(0, MAX_KEYWORD_LENGTH);
    const folded = foldText(keyword);
    if (!/[\p{L}\p{N}]/u.test(folded) || seen.has(folded)) continue;
    seen.add(folded);
    keywords.push(keyword);
    if (keywords.length === MAX_KEYWORDS) break;
  }
  return keywords;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function kindOf(folded: string): KeywordKind {
  if (folded.startsWith('#')) return 'hashtag';
  if (folded.startsWith('@')) return 'handle';
  return 'term';
}

/** Builds the matchers once; keywords without a letter or digit are left out. */
export function compileKeywords(keywords: readonly string[]): CompiledKeyword[] {
  return parseKeywordList(keywords.join('\n')).map((keyword) => {
    const folded = foldText(keyword);
    const kind = kindOf(folded);
    const body = folded
      .split(' ')
      .map(escapeRegExp)
      .join('\\s+')
      // "#" and "@" must be followed by the tag or name itself, not by space.
      .replace(/^([#@])\\s\+/, '$1');
    // A handle ends where the name ends: "@acme." ends a sentence, "@acme.bsky.social" is another account.
    const after = kind === 'handle' ? `(?!${WORD})(?![.\\-][\\p{L}\\p{N}])` : `(?!${WORD})`;
    return { keyword, kind, pattern: new RegExp(`(?<!${WORD})${body}${after}`, 'u') };
  });
}

/** The keywords found in a text (as the user typed them), in the order they were declared. */
export function matchKeywords(text: string, compiled: readonly CompiledKeyword[]): string[] {
  if (compiled.length === 0 || !text) return [];
  const folded = foldText(text);
  return compiled.filter((entry) => entry.pattern.test(folded)).map((entry) => entry.keyword);
}
