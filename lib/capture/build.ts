/**
 * Turns a post the site adapter read into what the inbox stores. Pure: the page address, the
 * active account and the click time are parameters. Everything is plain text; links that are not
 * http(s) are dropped so a `javascript:` address from a page can never become a link in our views.
 */
import type { z } from 'zod';
import type { inboxCaptureSchema } from '@/lib/inbox/item';
import type { ActiveAccount, ScrapedPost } from '@/lib/sites/types';
import { fingerprint } from '@/lib/text/fingerprint';

export { fingerprint };

/** What the page sends to the inbox (the captureToInbox message's request). */
export type CaptureRequest = z.input<typeof inboxCaptureSchema>;

export interface CaptureContext {
  /** The address of the page the post was captured on. */
  pageUrl: string;
  /** Who the user was signed in as, when the adapter could tell. */
  account: ActiveAccount | null;
  /** When the user acted (ms since epoch). */
  capturedAt: number;
}

/** The same limits as the inbox's schema, so a long post is cut rather than refused. */
const LIMITS = { id: 500, name: 500, text: 100_000, url: 2000, reply: 2000 } as const;

function webUrl(value: string | undefined): string {
  if (!value) return '';
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.href.length <= LIMITS.url ? url.href : '';
  } catch {
    return '';
  }
}

/**
 * The stable key of a post on this page: its id, else its permalink, else a fingerprint of its
 * author and text. The same post gives the same key on every scan.
 */
export function postKey(post: Pick<ScrapedPost, 'network' | 'id' | 'permalink' | 'authorHandle' | 'text'>): string {
  const id = post.id || webUrl(post.permalink) || `fp-${fingerprint(`${post.authorHandle}\n${post.text}`)}`;
  return `${post.network}:${id}`;
}

/**
 * What `captureToInbox` carries for one post, or null when the page address is not a web page.
 * A post without a permalink links to the page it was seen on, with a fragment naming the post:
 * the inbox also dedupes by permalink, and two such posts of one page must stay two items.
 */
export function buildCapture(post: ScrapedPost, context: CaptureContext): CaptureRequest | null {
  const pageUrl = webUrl(context.pageUrl);
  if (!pageUrl) return null;
  const postId = (post.id || postKey(post).slice(post.network.length + 1)).slice(0, LIMITS.id);
  let permalink = webUrl(post.permalink);
  if (!permalink) {
    const fallback = new URL(pageUrl);
    fallback.hash = `cmc-post-${encodeURIComponent(postId).slice(0, 200)}`;
    permalink = fallback.href;
  }
  const publishedAt = post.publishedAt && !Number.isNaN(Date.parse(post.publishedAt)) ? post.publishedAt : undefined;
  return {
    network: post.network,
    postId,
    permalink,
    authorName: post.authorName.slice(0, LIMITS.name),
    authorHandle: post.authorHandle.slice(0, LIMITS.name),
    authorUrl: webUrl(post.authorUrl),
    text: post.text.slice(0, LIMITS.text),
    ...(publishedAt ? { publishedAt: new Date(publishedAt).toISOString() } : {}),
    pageUrl,
    ...(context.account?.handle ? { capturedAs: context.account.handle.slice(0, LIMITS.name) } : {}),
    ...(post.inReplyTo ? { inReplyTo: post.inReplyTo.slice(0, LIMITS.reply) } : {}),
    kind: post.kind,
    capturedAt: Math.round(context.capturedAt),
  };
}
