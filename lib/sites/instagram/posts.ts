/**
 * Reads Instagram posts and comments. A post's id is its shortcode, read from the permalink that
 * wraps its `time[datetime]`; a comment's id from its own `/c/<id>/` link (replies `/r/<id>/`).
 * Handles carry Instagram's `@`.
 */

import { SELECTORS } from '@/lib/sites/instagram/selectors';
import { isoTime, permalinkOf, postRef, profileUrl, usernameOf } from '@/lib/sites/instagram/urls';
import { uniquePosts } from '@/lib/sites/shared/posts';
import { closestAny, matchesAny, ownQueryAll, ownQueryFirst, queryAll } from '@/lib/sites/shared/query';
import { collapsedText } from '@/lib/sites/shared/text';
import { hrefOf } from '@/lib/sites/shared/urls';
import type { ScrapedPost } from '@/lib/sites/types';

/** The roots of posts and comments. */
export const POST_ROOTS = [SELECTORS.post, SELECTORS.comment];

/** Posts and comments under root, in document order, each once. */
export function scrapePosts(root: ParentNode): ScrapedPost[] {
  return uniquePosts(queryAll(root, POST_ROOTS), scrapeElement);
}

/** The post or comment el is, or null when it has no id. */
export function scrapeElement(el: HTMLElement): ScrapedPost | null {
  return matchesAny(el, SELECTORS.comment) ? scrapeComment(el) : scrapePost(el);
}

/** The own time element and the link around it (the permalink), outside comments. */
function ownStamp(el: HTMLElement) {
  for (const time of ownQueryAll(el, SELECTORS.time, SELECTORS.comment)) {
    const link = time.closest('a');
    const url = hrefOf(link);
    const ref = postRef(url);
    if (ref) return { ref, time };
  }
  return undefined;
}

/** The first own link to a profile whose text is the username (not the avatar link). */
function authorOf(el: HTMLElement, scope: string | readonly string[]): string | undefined {
  for (const link of ownQueryAll<HTMLAnchorElement>(el, scope, SELECTORS.comment)) {
    const username = usernameOf(hrefOf(link));
    if (username && link.textContent?.trim()) return username;
  }
  return undefined;
}

function author(username: string | undefined) {
  return {
    authorName: username ?? '',
    authorHandle: username ? `@${username}` : '',
    authorUrl: username ? profileUrl(username) : '',
  };
}

function scrapePost(el: HTMLElement): ScrapedPost | null {
  const stamp = ownStamp(el);
  if (!stamp) return null;
  const caption = ownQueryFirst(el, SELECTORS.caption, SELECTORS.comment);
  return {
    network: 'instagram',
    id: stamp.ref.code,
    ...author(authorOf(el, SELECTORS.postHeaderLink)),
    text: caption ? collapsedText(caption) : '',
    permalink: permalinkOf({ type: stamp.ref.type, code: stamp.ref.code }),
    publishedAt: isoTime(stamp.time.getAttribute('datetime')),
    kind: 'post',
    element: el,
  };
}

function scrapeComment(el: HTMLElement): ScrapedPost | null {
  const stamp = ownStamp(el);
  const ref = stamp?.ref;
  if (!ref?.commentId) return null;
  const text =
    ownQueryFirst(el, SELECTORS.commentText[0], SELECTORS.comment) ??
    ownQueryAll(el, SELECTORS.commentText[1], SELECTORS.comment).find((span) => !closestAny(span, 'a, h3'));
  return {
    network: 'instagram',
    id: ref.replyId ?? ref.commentId,
    ...author(authorOf(el, SELECTORS.profileLink)),
    text: text ? collapsedText(text) : '',
    permalink: permalinkOf(ref),
    publishedAt: isoTime(stamp?.time.getAttribute('datetime')),
    kind: ref.replyId ? 'reply' : 'comment',
    inReplyTo: ref.replyId ? ref.commentId : ref.code,
    element: el,
  };
}
