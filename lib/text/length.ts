/**
 * Text length as each network counts it, and the limit of each kind of box. Pure; shared by the
 * template picker and the calendar. Figures from the product brief (shared notes, product.md).
 */
import twitter from 'twitter-text';
import { NETWORK_BY_ID, type Network } from '@/lib/networks';
import type { CountRule } from '@/lib/sites/descriptor';
import type { ComposerKind } from '@/lib/sites/types';

export type BoxKind = ComposerKind;

export interface LimitOptions {
  /** Networks whose servers set their limit (Mastodon's `configuration.statuses.max_characters`). */
  serverMaxChars?: number;
  /** Paid accounts with a higher limit (X Premium: 25,000 weighted characters). */
  premium?: boolean;
}

/** Links count as 23 characters where the network says so (Mastodon). */
const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
const URL_WEIGHT = 23;

let segmenter: Intl.Segmenter | undefined;
/** User-perceived characters (Bluesky's unit). */
export function graphemeCount(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

const EMOJI = /\p{Extended_Pictographic}/u;
const encoder = new TextEncoder();

/** An emoji counts its UTF-8 bytes, other characters one each (Threads). */
function emojiAsBytes(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const { segment } of segmenter.segment(text)) {
    count += EMOJI.test(segment) ? encoder.encode(segment).length : codePoints(segment);
  }
  return count;
}

const COUNTERS: Record<CountRule, (text: string) => number> = {
  'x-weighted': (text) => twitter.parseTweet(text).weightedLength,
  graphemes: graphemeCount,
  'links-as-23': (text) => codePoints(text.replace(URL_PATTERN, '-'.repeat(URL_WEIGHT))),
  'emoji-as-bytes': emojiAsBytes,
  'code-points': codePoints,
};

/** The length of `text` as `network` counts it in a box of this kind. */
export function countFor(network: Network, text: string, _boxKind: BoxKind = 'reply'): number {
  return COUNTERS[NETWORK_BY_ID[network].length.count](text.normalize('NFC'));
}

/** The limit of a box of this kind on this network, or null when the network sets none. */
export function limitFor(network: Network, boxKind: BoxKind = 'reply', options: LimitOptions = {}): number | null {
  const { limits, premiumLimit, serverLimit } = NETWORK_BY_ID[network].length;
  if (serverLimit && options.serverMaxChars !== undefined) return options.serverMaxChars;
  if (premiumLimit !== undefined && options.premium && boxKind !== 'message') return premiumLimit;
  if (boxKind === 'post') return limits.post;
  if (boxKind === 'message') return limits.message;
  return limits.reply;
}

export interface LengthCheck {
  count: number;
  limit: number | null;
  /** Characters left (negative when over), null without a limit. */
  remaining: number | null;
  over: boolean;
}

/** Count and limit together, for a live counter. */
export function checkLength(
  network: Network,
  text: string,
  boxKind: BoxKind = 'reply',
  options: LimitOptions = {},
): LengthCheck {
  const count = countFor(network, text, boxKind);
  const limit = limitFor(network, boxKind, options);
  const remaining = limit === null ? null : limit - count;
  return { count, limit, remaining, over: remaining !== null && remaining < 0 };
}
