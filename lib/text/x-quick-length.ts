/**
 * X's weighted length of most replies without twitter-text (≈ 75 kB with core-js and
 * twemoji-parser: evaluating it is a long task in the page). twitter-text's parseTweet (config v3)
 * weighs each UTF-16 unit 1 when its code is in the light ranges below and 2 otherwise, counts an
 * emoji 2 and a link 23. A text made only of light characters and of the heavy ones below that no
 * emoji uses holds no emoji (every emoji sequence has a character outside them: a pictograph,
 * FE0F, 20E3 or a surrogate), and a text where no dot is followed by what could start a top-level
 * domain holds no link (twitter-text finds a link only through a domain with a dot before its
 * TLD). Equal to parseTweet on every text it answers: x-quick-length.test.ts.
 */

/** twitter-text's v3 ranges of weight 1 (its config's `ranges`, weight 100 at scale 100). */
const LIGHT = '\\u0000-\\u10FF\\u2000-\\u200D\\u2010-\\u201F\\u2032-\\u2037';
/** Weight 2 and in no emoji: … † ‰ ‹ › and the like, currency signs, kana, CJK ideographs, Hangul. */
const HEAVY =
  '\\u2020-\\u2031\\u2038-\\u203B\\u20A0-\\u20C0\\u3041-\\u3096\\u30A1-\\u30FA\\u4E00-\\u9FFF\\uAC00-\\uD7A3';
const COUNTABLE = new RegExp(`^[${LIGHT}${HEAVY}]*$`);
const HEAVY_CHARS = new RegExp(`[${HEAVY}]`, 'g');
/** A dot followed by anything but the end, a space or closing punctuation: a domain may start here. */
const DOT_BEFORE_NAME = /\.(?![\s.,;:!?)\]'"»]|$)/;

/** X's weighted length of an NFC text, or null when only twitter-text can tell (a link, an emoji…). */
export function quickXLength(text: string): number | null {
  if (!COUNTABLE.test(text) || DOT_BEFORE_NAME.test(text)) return null;
  return text.length + (text.match(HEAVY_CHARS)?.length ?? 0);
}

/** Tests only: the heavy characters no emoji uses, as a class. */
export const HEAVY_FOR_TESTS = new RegExp(`^[${HEAVY}]$`);
