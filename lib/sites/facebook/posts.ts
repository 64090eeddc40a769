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
import { uniquePosts } from '@/lib/sites/shared/posts';
import { closestAny, matchesAny, ownQueryAll, ownQueryFirst, queryAll } from '@/lib/sites/shared/query';
import { collapsedText, firstTextLine } from '@/lib/sites/shared/text';
import { hrefOf } from '@/lib/sites/shared/urls';
import type { ScrapedPost } from '@/lib/sites/types';

/** The roots of posts and comments. */
export const POST_ROOTS = [...SELECTORS.post, ...SELECTORS.comment];

/** Posts and comments under root, in document order, each once. */
export function scrapePosts(root: ParentNode): ScrapedPost[] {
  return uniquePosts(queryAll(root, POST_ROOTS), scrapeElement);
}

/** The story or comment el is, or null when it has no id. */
export function scrapeElement(el: HTMLElement): ScrapedPost | null {
  if (matchesAny(el, SELECTORS.comment)) return scrapeComment(el);
  if (el.parentElement && closestAny(el.parentElement, SELECTORS.post)) return null;
  return scrapeStory(el);
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

function scrapeStory(el: HTMLElement): ScrapedPost | null {
  const permalink = storyUrlOf(el);
  const id = storyId(permalink);
  if (!permalink || !id) return null;
  const author = ownQueryFirst<HTMLAnchorElement>(el, SELECTORS.postAuthorLink, SELECTORS.comment);
  const authorUrl = cleanProfileUrl(hrefOf(author));
  const textEl = ownQueryFirst(el, SELECTORS.postText, SELECTORS.comment);
  return {
    network: 'facebook',
    id,
    authorName: author ? firstTextLine(author) : '',
    authorHandle: profileHandle(authorUrl) ?? '',
    authorUrl: authorUrl ?? '',
    text: textEl ? collapsedText(textEl) : '',
    permalink,
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
