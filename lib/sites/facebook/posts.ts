/**
 * Reads Facebook stories and comments. A story's id and permalink come from its timestamp link
 * (`/posts/<id>`, `story_fbid=`); a comment's from its `comment_id=` / `reply_comment_id=` links.
 * Facebook shows no absolute time except in rare `abbr[data-utime]` / `time[datetime]` markup.
 */

import { SELECTORS } from '@/lib/sites/facebook/selectors';
import {
  type CommentRef,
  cleanProfileUrl,
  cleanStoryUrl,
  commentRef,
  commentUrl,
  profileHandle,
  storyId,
} from '@/lib/sites/facebook/urls';
import { layoutRoots, type PostLayout, postsWithLayouts, readWithLayouts } from '@/lib/sites/layouts';
import { itemKey } from '@/lib/sites/shared/posts';
import { closestAny, matchesAny, ownQueryAll, ownQueryFirst } from '@/lib/sites/shared/query';
import { collapsedText, firstTextLine } from '@/lib/sites/shared/text';
import { hrefOf } from '@/lib/sites/shared/urls';
import type { ScrapedPost } from '@/lib/sites/types';

/** Facebook's layouts, tried in order (comments first: they sit inside stories). */
export const FACEBOOK_LAYOUTS: readonly PostLayout[] = [
  { name: 'comment (any language)', selector: SELECTORS.comment, read: (el) => scrapeComment(el) },
  { name: 'feed unit ([role=feed])', selector: SELECTORS.post[0], read: (el) => scrapeStory(el) },
  { name: 'story with marked text (2025, permalink page)', selector: SELECTORS.post[1], read: (el) => scrapeStory(el) },
  { name: 'story article (2024–2025, no feed)', selector: SELECTORS.post[2], read: (el) => scrapeStory(el) },
];

/** The roots of posts and comments. */
export const POST_ROOTS = layoutRoots(FACEBOOK_LAYOUTS);

/** Posts and comments under root, in document order, each once. */
export function scrapePosts(root: ParentNode): ScrapedPost[] {
  return postsWithLayouts(FACEBOOK_LAYOUTS, root);
}

/** The story or comment el is, or null when no layout reads it. */
export function scrapeElement(el: HTMLElement): ScrapedPost | null {
  return readWithLayouts(FACEBOOK_LAYOUTS, el);
}

function links(el: HTMLElement): { link: HTMLAnchorElement; url: string }[] {
  return ownQueryAll<HTMLAnchorElement>(el, 'a[href]', SELECTORS.comment).flatMap((link) => {
    const url = hrefOf(link);
    return url ? [{ link, url }] : [];
  });
}

/** The story's own address: its timestamp link, else the page itself on a permalink page. */
function storyUrlOf(el: HTMLElement): string | undefined {
  const own = links(el).find(({ link, url }) => matchesAny(link, SELECTORS.postPermalink) && !commentRef(url));
  if (own) return cleanStoryUrl(own.url);
  const page = el.ownerDocument.baseURI;
  return closestAny(el, SELECTORS.main) && storyId(page) ? cleanStoryUrl(page) : undefined;
}

function absoluteTime(el: HTMLElement): string | undefined {
  const stamp = ownQueryFirst(el, SELECTORS.absoluteTime, SELECTORS.comment);
  const utime = Number(stamp?.getAttribute('data-utime'));
  const ms = utime > 0 ? utime * 1000 : Date.parse(stamp?.getAttribute('datetime') ?? '');
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The author's name link: marked `profile_name` (2025), else the first heading or bold profile link. */
function storyAuthor(el: HTMLElement): HTMLAnchorElement | null {
  const marked = ownQueryFirst<HTMLAnchorElement>(el, SELECTORS.postAuthorLink, SELECTORS.comment);
  if (marked) return marked;
  return (
    ownQueryAll<HTMLAnchorElement>(el, SELECTORS.postAuthorFallback, SELECTORS.comment).find(
      (link) => profileHandle(hrefOf(link)) && firstTextLine(link),
    ) ?? null
  );
}

/**
 * A story: its id from its timestamp link. Facebook fills that link only when the pointer reaches
 * the story (`href="#"` before): then the id is a hash of author and text and the permalink is
 * empty ("no link"); read again at capture time, the story has its real link.
 */
function scrapeStory(el: HTMLElement): ScrapedPost | null {
  if (el.parentElement && closestAny(el.parentElement, SELECTORS.post)) return null;
  const permalink = storyUrlOf(el);
  const author = storyAuthor(el);
  const authorUrl = cleanProfileUrl(hrefOf(author));
  const textEl = ownQueryFirst(el, SELECTORS.postText, SELECTORS.comment);
  const text = textEl ? collapsedText(textEl) : '';
  const id = storyId(permalink) ?? (text ? itemKey('fb-item', authorUrl ?? '', text) : undefined);
  if (!id) return null;
  return {
    network: 'facebook',
    id,
    authorName: author ? firstTextLine(author) : '',
    authorHandle: profileHandle(authorUrl) ?? '',
    authorUrl: authorUrl ?? '',
    text,
    permalink: storyId(permalink) ? (permalink ?? '') : '',
    publishedAt: absoluteTime(el),
    kind: 'post',
    element: el,
  };
}

function scrapeComment(el: HTMLElement): ScrapedPost | null {
  const all = links(el);
  // The timestamp link points at the story with comment_id; profile links carry comment_id too.
  const stamp = all.find(({ url }) => commentRef(url) && storyId(url));
  const ref: CommentRef | undefined = commentRef(stamp?.url ?? all.find(({ url }) => commentRef(url))?.url);
  if (!ref) return null;
  const post = closestAny(el, SELECTORS.post);
  const storyUrl = cleanStoryUrl(stamp?.url) ?? (post ? storyUrlOf(post) : undefined);
  const author = all.find(({ link, url }) => !storyId(url) && profileHandle(url) && firstTextLine(link));
  const authorUrl = cleanProfileUrl(author?.url);
  const textEl = ownQueryFirst(el, SELECTORS.commentText, SELECTORS.comment);
  return {
    network: 'facebook',
    id: ref.replyId ?? ref.commentId,
    authorName: author ? firstTextLine(author.link) : '',
    authorHandle: profileHandle(authorUrl) ?? '',
    authorUrl: authorUrl ?? '',
    text: textEl ? collapsedText(textEl) : '',
    permalink: storyUrl ? commentUrl(storyUrl, ref) : '',
    publishedAt: absoluteTime(el),
    kind: ref.replyId ? 'reply' : 'comment',
    inReplyTo: ref.replyId ? ref.commentId : storyId(storyUrl),
    element: el,
  };
}
