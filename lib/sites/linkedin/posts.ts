/**
 * Reads LinkedIn posts and comments in both markups into {@link ScrapedPost}s.
 * Ids are URNs: `urn:li:activity:<id>` for posts, canonical `urn:li:comment:(activity:<post>,<id>)`
 * for comments, so the same item has the same id whichever markup the member is served.
 */

import { layoutRoots, type PostLayout, postsWithLayouts, readWithLayouts } from '@/lib/sites/layouts';
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
import { itemKey } from '@/lib/sites/shared/posts';
import { closestAny, matchesAny, ownQueryAll, ownQueryFirst } from '@/lib/sites/shared/query';
import { collapsedText, firstTextLine } from '@/lib/sites/shared/text';
import { hrefOf } from '@/lib/sites/shared/urls';
import type { ScrapedPost } from '@/lib/sites/types';

const MENU_LABEL_PREFIX = 'Open control menu for post by ';

/**
 * LinkedIn's layouts, tried in order. The 2026 feed item is last: an sdui item that still names
 * its URN is read with its real id and permalink first.
 */
export const LINKEDIN_LAYOUTS: readonly PostLayout[] = [
  {
    name: 'legacy (Ember)',
    selector: [SELECTORS.post[0], SELECTORS.comment[0]],
    read: (el) => scrapeUrnElement(el),
  },
  {
    name: 'sdui (2025)',
    selector: [SELECTORS.post[1], SELECTORS.post[2], SELECTORS.post[3], SELECTORS.comment[1]],
    read: (el) => scrapeUrnElement(el),
  },
  { name: 'mainFeed (2026)', selector: SELECTORS.feedItem2026, read: (el) => readFeedItem(el) },
];

/** The roots of posts and comments, every layout's. */
export const POST_ROOTS = layoutRoots(LINKEDIN_LAYOUTS);

/** Posts and comments under root in document order, each once (sdui renders some twice). */
export function scrapePosts(root: ParentNode): ScrapedPost[] {
  return postsWithLayouts(LINKEDIN_LAYOUTS, root, (post) => post.id);
}

/** The post or comment that el is (el matched `post` or `comment`), or null when no layout reads it. */
export function scrapeElement(el: HTMLElement): ScrapedPost | null {
  return readWithLayouts(LINKEDIN_LAYOUTS, el);
}

/** Legacy and sdui: a post or comment that names its URN. */
function scrapeUrnElement(el: HTMLElement): ScrapedPost | null {
  if (matchesAny(el, SELECTORS.comment)) return scrapeComment(el);
  // A post inside another post (a reshared update) belongs to the outer one.
  if (el.parentElement && closestAny(el.parentElement, SELECTORS.post)) return null;
  return scrapePost(el);
}

/**
 * 2026 feed item: no URN, no permalink, no time in the markup (sites.md §11). Its id is a hash
 * of its author and text, so the same post keeps its key across scans and reloads (the item's
 * `componentkey` token is used only when the post has no text); its permalink is empty: "no
 * link", never a guess.
 */
function readFeedItem(el: HTMLElement): ScrapedPost | null {
  if (el.parentElement && closestAny(el.parentElement, SELECTORS.feedItem2026)) return null;
  const textEl = ownQueryFirst(el, SELECTORS.postText, SELECTORS.comment);
  const text = textEl ? collapsedText(textEl, SELECTORS.textSkip) : '';
  const author = feedItemAuthor(el, textEl);
  const token = el.getAttribute('componentkey')?.match(/^expanded(.+?)FeedType_/)?.[1];
  if (!text && !author.url && !token) return null;
  const id = text || !token ? itemKey('li-item', author.url, text) : `li-item:${token}`;
  return {
    network: 'linkedin',
    id,
    authorName: author.name,
    authorHandle: profileSlug(author.url) ?? '',
    authorUrl: author.url,
    text,
    permalink: '',
    kind: 'post',
    element: el,
  };
}

/**
 * The author of a 2026 feed item, language-independently: the header shows the actor twice, an
 * avatar link and a name link to the same profile or Page; social context ("X and Y like this")
 * comes before it, so the LAST such pair before the text is the author. Without a pair: the
 * English control-menu label, matched to a link whose text starts with that name.
 */
function feedItemAuthor(el: HTMLElement, textEl: HTMLElement | null): { name: string; url: string } {
  const before = ownQueryAll<HTMLAnchorElement>(el, SELECTORS.authorLink2026, SELECTORS.comment).filter(
    (link) => !textEl || !!(link.compareDocumentPosition(textEl) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  const byUrl = new Map<string, HTMLAnchorElement[]>();
  for (const link of before) {
    const url = cleanProfileUrl(hrefOf(link));
    if (url && profileSlug(url)) byUrl.set(url, [...(byUrl.get(url) ?? []), link]);
  }
  const pairs = [...byUrl.entries()].filter(
    ([, links]) => links.some((link) => link.querySelector('img')) && links.some((link) => firstTextLine(link)),
  );
  const pair = pairs.at(-1);
  if (pair) {
    const named = pair[1].find((link) => firstTextLine(link)) as HTMLAnchorElement;
    return { name: firstTextLine(named.querySelector('p') ?? named), url: pair[0] };
  }
  const label = ownQueryFirst(el, SELECTORS.postMenuButton, SELECTORS.comment)?.getAttribute('aria-label');
  const name = label?.startsWith(MENU_LABEL_PREFIX) ? label.slice(MENU_LABEL_PREFIX.length).trim() : '';
  const link = name ? before.find((candidate) => firstTextLine(candidate).startsWith(name)) : undefined;
  return { name, url: link ? (cleanProfileUrl(hrefOf(link)) ?? '') : '' };
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
