/**
 * Reads LinkedIn posts and comments in both markups into {@link ScrapedPost}s.
 * Ids are URNs: `urn:li:activity:<id>` for posts, canonical `urn:li:comment:(activity:<post>,<id>)`
 * for comments, so the same item has the same id whichever markup the member is served.
 */

import { SELECTORS } from '@/lib/sites/linkedin/selectors';
import {
  cleanProfileUrl,
  commentPermalink,
  findPostUrn,
  parseCommentUrn,
  postIdOf,
  postPermalink,
  profileSlug,
  timeFromId,
} from '@/lib/sites/linkedin/urn';
import { uniquePosts } from '@/lib/sites/shared/posts';
import { closestAny, matchesAny, ownQueryAll, ownQueryFirst, queryAll } from '@/lib/sites/shared/query';
import { collapsedText, firstTextLine } from '@/lib/sites/shared/text';
import { hrefOf } from '@/lib/sites/shared/urls';
import type { ScrapedPost } from '@/lib/sites/types';

const MENU_LABEL_PREFIX = 'Open control menu for post by ';

/** The roots of posts and comments, in both markups. */
export const POST_ROOTS = [...SELECTORS.post, ...SELECTORS.comment];

/** Posts and comments under root in document order, each once (sdui renders some twice). */
export function scrapePosts(root: ParentNode): ScrapedPost[] {
  return uniquePosts(queryAll(root, POST_ROOTS), scrapeElement, (post) => post.id);
}

/** The post or comment that el is (el matched `post` or `comment`), or null without an id. */
export function scrapeElement(el: HTMLElement): ScrapedPost | null {
  if (matchesAny(el, SELECTORS.comment)) return scrapeComment(el);
  // A post inside another post (a reshared update) belongs to the outer one.
  if (el.parentElement && closestAny(el.parentElement, SELECTORS.post)) return null;
  return scrapePost(el);
}

/** The post URN a post element names about itself (not about its comments). */
export function ownPostUrn(el: HTMLElement): string | undefined {
  const key = el.getAttribute('componentkey') ?? '';
  const facepile = ownQueryFirst(el, SELECTORS.postFacepile, SELECTORS.comment);
  return (
    findPostUrn(el.getAttribute('data-urn')) ??
    (key.startsWith('expanded') ? findPostUrn(key) : undefined) ??
    findPostUrn(facepile?.getAttribute('data-testid'))
  );
}

function scrapePost(el: HTMLElement): ScrapedPost | null {
  const id = ownPostUrn(el);
  if (!id) return null;
  const actor = ownQueryFirst<HTMLAnchorElement>(el, SELECTORS.postActorLink, SELECTORS.comment);
  const authorUrl = cleanProfileUrl(hrefOf(actor));
  const textEl = ownQueryFirst(el, SELECTORS.postText, SELECTORS.comment);
  return {
    network: 'linkedin',
    id,
    authorName: postAuthorName(el, actor),
    authorHandle: profileSlug(authorUrl) ?? '',
    authorUrl: authorUrl ?? '',
    text: textEl ? collapsedText(textEl, SELECTORS.textSkip) : '',
    permalink: postPermalink(id),
    publishedAt: timeFromId(postIdOf(id)),
    kind: 'post',
    element: el,
  };
}

/**
 * Legacy: the actor title. Sdui: the first line of the other link to the same profile (name,
 * then headline), else the English control-menu label.
 */
function postAuthorName(el: HTMLElement, actor: HTMLAnchorElement | null): string {
  const legacy = ownQueryFirst(el, SELECTORS.legacyActorName, SELECTORS.comment);
  if (legacy) return firstTextLine(legacy);
  const href = actor ? cleanProfileUrl(hrefOf(actor)) : undefined;
  if (actor && href) {
    const nameLink = ownQueryAll<HTMLAnchorElement>(el, 'a[href]', SELECTORS.comment).find(
      (link) => link !== actor && cleanProfileUrl(hrefOf(link)) === href,
    );
    const line = nameLink ? firstTextLine(nameLink.querySelector('p') ?? nameLink) : '';
    if (line) return line;
  }
  const label = ownQueryFirst(el, SELECTORS.postMenuButton, SELECTORS.comment)?.getAttribute('aria-label');
  return label?.startsWith(MENU_LABEL_PREFIX) ? label.slice(MENU_LABEL_PREFIX.length).trim() : '';
}

function commentUrnOf(el: Element) {
  return parseCommentUrn(el.getAttribute('data-id') ?? el.getAttribute('componentkey'));
}

function scrapeComment(el: HTMLElement): ScrapedPost | null {
  const urn = commentUrnOf(el);
  if (!urn) return null;
  const actor = ownQueryFirst(el, SELECTORS.commentActorLink, SELECTORS.comment);
  const authorUrl = cleanProfileUrl(hrefOf(actor));
  const nameEl = ownQueryFirst(el, SELECTORS.commentActorName, SELECTORS.comment);
  const textEl = ownQueryFirst(el, SELECTORS.commentText, SELECTORS.comment);
  // A reply sits inside the comment it answers, in both markups.
  const parent = el.parentElement ? closestAny(el.parentElement, SELECTORS.comment) : null;
  const parentUrn = parent ? commentUrnOf(parent) : undefined;
  return {
    network: 'linkedin',
    id: urn.urn,
    authorName: nameEl ? firstTextLine(nameEl) : '',
    authorHandle: profileSlug(authorUrl) ?? '',
    authorUrl: authorUrl ?? '',
    text: textEl ? collapsedText(textEl, SELECTORS.textSkip) : '',
    permalink: commentPermalink(urn),
    publishedAt: timeFromId(urn.commentId),
    kind: parentUrn ? 'reply' : 'comment',
    inReplyTo: parentUrn?.urn ?? urn.postUrn,
    element: el,
  };
}
