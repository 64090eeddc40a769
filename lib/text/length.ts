/**
 * Text length as each network counts it, and the limit of each kind of box, X's weighted count
 * included (twitter-text). Pure; used by the calendar. The template picker counts with
 * length-rules.ts and loads twitter-text only when a text needs it (x-quick-length.ts). Figures
 * from the product brief (shared notes, product.md).
 */
import twitter from 'twitter-text';
import type { Network } from '@/lib/networks';
import {
  type BoxKind,
  countWith,
  type LengthCheck,
  type LimitOptions,
  lengthCheck,
  limitFor,
} from '@/lib/text/length-rules';

export { type BoxKind, graphemeCount, type LengthCheck, type LimitOptions, limitFor } from '@/lib/text/length-rules';

/** X's weighted length (twitter-text's parseTweet: URLs 23, emoji and CJK 2). */
export const xWeightedLength = (text: string): number => twitter.parseTweet(text).weightedLength;

/** The length of `text` as `network` counts it in a box of this kind. */
export function countFor(network: Network, text: string, _boxKind: BoxKind = 'reply'): number {
  return countWith(xWeightedLength, network, text) ?? 0;
}

/** Count and limit together, for a live counter. */
export function checkLength(
  network: Network,
  text: string,
  boxKind: BoxKind = 'reply',
  options: LimitOptions = {},
): LengthCheck {
  return lengthCheck(countFor(network, text, boxKind), limitFor(network, boxKind, options));
}
