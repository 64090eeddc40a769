/**
 * Text length as each network counts it, and the limit of each kind of box, without X's weighted
 * count: that one needs twitter-text (≈ 75 kB with core-js and twemoji-parser), which the template
 * picker loads only when a text needs it (x-quick-length.ts). Pure. lib/text/length.ts adds
 * twitter-text's counter for the pages that always have it (the calendar).
 */
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

/** X's weighted length of an NFC text (twitter-text's parseTweet), or null when it is not at hand yet. */
export type XWeightedLength = (text: string) => number | null;

const COUNTERS: Record<Exclude<CountRule, 'x-weighted'>, (text: string) => number> = {
  graphemes: graphemeCount,
  'links-as-23': (text) => codePoints(text.replace(URL_PATTERN, '-'.repeat(URL_WEIGHT))),
  'emoji-as-bytes': emojiAsBytes,
  'code-points': codePoints,
};

/** The length of `text` as `network` counts it; null when X's counter has no answer yet. */
export function countWith(xWeighted: XWeightedLength, network: Network, text: string): number | null {
  const rule = NETWORK_BY_ID[network].length.count;
  const normalized = text.normalize('NFC');
  return rule === 'x-weighted' ? xWeighted(normalized) : COUNTERS[rule](normalized);
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

/** A count against its limit, for a live counter. */
export function lengthCheck(count: number, limit: number | null): LengthCheck {
  const remaining = limit === null ? null : limit - count;
  return { count, limit, remaining, over: remaining !== null && remaining < 0 };
}
