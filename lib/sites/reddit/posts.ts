import { rtjsonBody, SELECTORS } from '@/lib/sites/reddit/selectors';
import { scopedFirst } from '@/lib/sites/shared/query';
import { preWrapText } from '@/lib/sites/shared/text';
import { hrefOf } from '@/lib/sites/shared/urls';
import type { ScrapedPost } from '@/lib/sites/types';

/**
 * ISO 8601 from Reddit's timestamps: `created-timestamp` is like `2026-03-01T09:15:42.123000+0000`
 * (microseconds, offset without colon), which Date.parse does not take everywhere.
 */
export function isoTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const match = value.trim().match(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/);
  const normal = match
    ? `${match[1]}${(match[2] ?? '').slice(0, 4)}${(match[3] ?? 'Z').replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`
    : value;
  const time = Date.parse(normal);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function author(element: Element): { authorName: string; authorHandle: string; authorUrl: string } {
  const name = element.getAttribute('author')?.trim() ?? '';
  if (!name || name === '[deleted]') return { authorName: name, authorHandle: '', authorUrl: '' };
  return {
    authorName: name,
    authorHandle: `u/${name}`,
    authorUrl: new URL(`/user/${encodeURIComponent(name)}/`, element.ownerDocument.baseURI).href,
  };
}

/** A post: title, a blank line, then the body when it has one. */
export function readPost(post: Element): ScrapedPost | null {
  const id = post.getAttribute('id') ?? '';
  const permalink = hrefOf(post, 'permalink');
  if (!id.startsWith('t3_') || !permalink) return null;
  const title = post.getAttribute('post-title')?.trim() ?? '';
  const body = preWrapText(post.querySelector(rtjsonBody(id, 'post')) ?? post.querySelector(SELECTORS.postTextBody));
  return {
    network: 'reddit',
    id,
    ...author(post),
    text: [title, body].filter(Boolean).join('\n\n'),
    permalink,
    publishedAt:
      isoTime(post.getAttribute('created-timestamp')) ??
      isoTime(post.querySelector(SELECTORS.time)?.getAttribute('datetime')),
    kind: 'post',
    element: post as HTMLElement,
  };
}

/** A comment (depth 0, answering the post) or a reply (answering `parentid`). */
export function readComment(comment: Element): ScrapedPost | null {
  const id = comment.getAttribute('thingid') ?? '';
  const permalink = hrefOf(comment, 'permalink');
  if (!id.startsWith('t1_') || !permalink) return null;
  const parent = comment.getAttribute('parentid') || undefined;
  const body =
    comment.querySelector(rtjsonBody(id, 'comment')) ?? scopedFirst(comment, SELECTORS.commentBody, SELECTORS.comment);
  const time = scopedFirst(comment, SELECTORS.time, SELECTORS.comment);
  const isReply = Number(comment.getAttribute('depth') ?? 0) > 0 || Boolean(parent?.startsWith('t1_'));
  return {
    network: 'reddit',
    id,
    ...author(comment),
    text: preWrapText(body),
    permalink,
    publishedAt: isoTime(time?.getAttribute('datetime')),
    kind: isReply ? 'reply' : 'comment',
    inReplyTo: parent ?? (comment.getAttribute('postid') || undefined),
    element: comment as HTMLElement,
  };
}

/** The roots of posts and comments. */
export const POST_ROOTS = `${SELECTORS.post}, ${SELECTORS.comment}`;

/** The post or comment whose root element is `element`. */
export function readElement(element: Element): ScrapedPost | null {
  return element.matches(SELECTORS.post) ? readPost(element) : readComment(element);
}

/** Posts and comments under root, in document order (light DOM: shreddit keeps them there). */
export function redditPosts(root: ParentNode): ScrapedPost[] {
  const posts: ScrapedPost[] = [];
  for (const element of root.querySelectorAll(POST_ROOTS)) {
    try {
      const post = readElement(element);
      if (post) posts.push(post);
    } catch {
      // One odd element must not hide the others; it is simply not reported.
    }
  }
  return posts;
}
