/**
 * Reads Instagram posts and comments. A post's id is its shortcode, read from the permalink that
 * wraps its `time[datetime]`; a comment's id from its own `/c/<id>/` link (replies `/r/<id>/`).
 * Handles carry Instagram's `@`.
 */

import { SELECTORS } from '@/lib/sites/instagram/selectors';
import { isoTime, permalinkOf, postRef, profileUrl, reelsOwnerOf, usernameOf } from '@/lib/sites/instagram/urls';
import { layoutRoots, type PostLayout, postsWithLayouts, readWithLayouts } from '@/lib/sites/layouts';
import { itemKey } from '@/lib/sites/shared/posts';
import { closestAny, ownQueryAll, ownQueryFirst, queryAll } from '@/lib/sites/shared/query';
import { collapsedText } from '@/lib/sites/shared/text';
import { hrefOf } from '@/lib/sites/shared/urls';
import type { ScrapedPost } from '@/lib/sites/types';

/** Instagram's layouts, tried in order. */
export const INSTAGRAM_LAYOUTS: readonly PostLayout[] = [
  { name: 'comment', selector: SELECTORS.comment, read: (el) => scrapeComment(el) },
  { name: 'article (feed, post page)', selector: SELECTORS.post, read: (el) => scrapePost(el) },
  { name: 'reels viewer (2026)', selector: SELECTORS.reelUnit, read: (el) => readReel(el) },
];

/** The roots of posts and comments. */
export const POST_ROOTS = layoutRoots(INSTAGRAM_LAYOUTS);

/** Posts and comments under root, in document order, each once. */
export function scrapePosts(root: ParentNode): ScrapedPost[] {
  return postsWithLayouts(INSTAGRAM_LAYOUTS, root);
}

/** The post or comment el is, or null when no layout reads it. */
export function scrapeElement(el: HTMLElement): ScrapedPost | null {
  return readWithLayouts(INSTAGRAM_LAYOUTS, el);
}

/** The owner of a reel unit: its `/<owner>/reels/` link (never a `/reels/audio/…` one). */
function reelOwnerIn(scope: Element): string | undefined {
  for (const link of queryAll(scope, SELECTORS.reelOwnerLink)) {
    const owner = reelsOwnerOf(hrefOf(link));
    if (owner) return owner;
  }
  return undefined;
}

/** The reel unit of a video: its nearest ancestor holding an owner link, below <main>. */
function reelUnitOf(video: Element): Element | null {
  for (let node = video.parentElement; node && !node.matches(SELECTORS.main); node = node.parentElement) {
    if (reelOwnerIn(node)) return node;
  }
  return null;
}

/**
 * 2026 reels viewer unit (sites.md §11): one video, its owner's link, a caption. No per-unit
 * `/reel/` link in the markup, so the permalink is empty ("no link") and the id a hash of owner
 * and caption, the same on every scan.
 */
function readReel(el: HTMLElement): ScrapedPost | null {
  const videos = el.querySelectorAll('video');
  const [video] = videos;
  if (videos.length !== 1 || !video || reelUnitOf(video) !== el) return null;
  const owner = reelOwnerIn(el);
  if (!owner) return null;
  const caption = queryAll(el, SELECTORS.reelCaption).find(
    (span) => !closestAny(span, 'a, [role="button"], [role="dialog"], button'),
  );
  const text = caption ? collapsedText(caption) : '';
  return {
    network: 'instagram',
    id: itemKey('ig-reel', owner, text),
    ...author(owner),
    text,
    permalink: '',
    kind: 'post',
    element: el,
  };
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
