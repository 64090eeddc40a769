/**
 * Text length as each network counts it, and the limit of each kind of box. Pure; shared by the
 * template picker and the calendar. Figures from the product brief (shared notes, product.md).
 */
import twitter from 'twitter-text';
import type { Network } from '../networks';
import type { ComposerKind } from '../sites/types';

export type BoxKind = ComposerKind;

export interface LimitOptions {
  /** Mastodon: the server's `configuration.statuses.max_characters` (default 500). */
  mastodonMaxChars?: number;
  /** X Premium accounts may post 25,000 weighted characters. */
  xPremium?: boolean;
}

/** Per network: post limit, reply/comment limit, direct message limit (null: no limit known). */
const LIMITS: Record<Network, { post: number | null; reply: number | null; message: number | null }> = {
  x: { post: 280, reply: 280, message: 10_000 },
  linkedin: { post: 3000, reply: 1250, message: 8000 },
  facebook: { post: 63_206, reply: 8000, message: 20_000 },
  instagram: { post: 2200, reply: 2200, message: 1000 },
  youtube: { post: null, reply: 10_000, message: null },
  reddit: { post: 40_000, reply: 10_000, message: 10_000 },
  mastodon: { post: 500, reply: 500, message: 500 },
  bluesky: { post: 300, reply: 300, message: 1000 },
  threads: { post: 500, reply: 500, message: 1000 },
};

/** Mastodon (and the fallback for X) count every link as 23 characters. */
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

/** Threads counts an emoji by its UTF-8 bytes, other characters one each. */
function threadsCount(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const { segment } of segmenter.segment(text)) {
    count += EMOJI.test(segment) ? encoder.encode(segment).length : codePoints(segment);
  }
  return count;
}

/** The length of `text` as `network` counts it in a box of this kind. */
export function countFor(network: Network, text: string, _boxKind: BoxKind = 'reply'): number {
  const normalized = text.normalize('NFC');
  switch (network) {
    case 'x':
      return twitter.parseTweet(normalized).weightedLength;
    case 'bluesky':
      return graphemeCount(normalized);
    case 'mastodon':
      return codePoints(normalized.replace(URL_PATTERN, 'x'.repeat(URL_WEIGHT)));
    case 'threads':
      return threadsCount(normalized);
    default:
      return codePoints(normalized);
  }
}

/** The limit of a box of this kind on this network, or null when the network sets none. */
export function limitFor(network: Network, boxKind: BoxKind = 'reply', options: LimitOptions = {}): number | null {
  if (network === 'mastodon') return options.mastodonMaxChars ?? 500;
  if (network === 'x' && options.xPremium && boxKind !== 'message') return 25_000;
  const limits = LIMITS[network];
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
