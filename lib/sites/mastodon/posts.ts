/**
 * Reads statuses from Mastodon's web UI: `.status[data-id]` in timelines, threads and
 * notifications, and the `.detailed-status` of a thread page (sites.md §7.4).
 */

import { PROFILE_PATH, SELECTORS, STATUS_PATH } from '@/lib/sites/mastodon/selectors';
import { chainLink } from '@/lib/sites/shared/per-element';
import { queryAll, queryFirst } from '@/lib/sites/shared/query';
import { inlineText } from '@/lib/sites/shared/text';
import { hrefOf, pageUrl, resolveUrl } from '@/lib/sites/shared/urls';
import type { ScrapedPost } from '@/lib/sites/types';

const ACCT = /^[^\s@/]+(@[^\s@/]+)?$/;

/**
 * Status text as a reader sees it: paragraphs are separated by a blank line, custom `:shortcode:`
 * emoji give their alt, links their full text (Mastodon hides the scheme in a `.invisible` span).
 */
export function statusText(node: Node | null | undefined): string {
  return inlineText(node, { paragraphs: true });
}

/**
 * The author's acct (`user` on this instance, `user@host` elsewhere): from a same-origin `/@acct`
 * href (4.x), else the link's `title` (older versions link to the remote profile), else the
 * `@acct` it shows.
 */
export function acctOf(link: HTMLElement | null): string {
  if (!link) return '';
  try {
    const url = new URL(link.getAttribute('href') ?? '', link.ownerDocument.baseURI);
    const path = PROFILE_PATH.exec(url.pathname);
    if (path && url.origin === pageUrl(link)?.origin) return decodeURIComponent(path[1] ?? '');
  } catch {
    // Not a usable href: fall back to what the link shows.
  }
  const title = (link.getAttribute('title') ?? '').replace(/^@/, '');
  if (ACCT.test(title)) return title;
  return statusText(queryFirst(link, SELECTORS.displayNameAccount)).replace(/^@/, '');
}

/** The id and permalink of a status element (focal status: from its datetime link or the address). */
function idAndLink(item: HTMLElement, acct: string): { id: string; permalink: string; time: HTMLElement | null } {
  if (item.dataset.id) {
    const relative = queryFirst(item, SELECTORS.relativeTime);
    const permalink = hrefOf(relative) || (resolveUrl(`/@${acct}/${item.dataset.id}`, item) ?? '');
    return { id: item.dataset.id, permalink, time: relative ? queryFirst(relative, SELECTORS.time) : null };
  }
  const href = hrefOf(queryFirst(item, SELECTORS.detailedDatetime)) ?? '';
  const fromLink = href ? STATUS_PATH.exec(new URL(href).pathname) : null;
  if (fromLink) return { id: fromLink[2] ?? '', permalink: href, time: null };
  const page = pageUrl(item);
  const fromPage = STATUS_PATH.exec(page?.pathname ?? '');
  return fromPage && page
    ? { id: fromPage[2] ?? '', permalink: page.href, time: null }
    : { id: '', permalink: '', time: null };
}

/** One status as the page shows it; `id` is '' when it cannot be told. */
export function readStatus(item: HTMLElement): ScrapedPost {
  const link = queryFirst(item, SELECTORS.displayNameLink);
  const acct = acctOf(link);
  const { id, permalink, time } = idAndLink(item, acct);
  const datetime = time?.getAttribute('datetime') ?? '';
  const body = queryFirst(item, SELECTORS.statusText) ?? queryFirst(item, SELECTORS.statusContent);
  return {
    network: 'mastodon',
    id,
    authorName: statusText(link ? queryFirst(link, SELECTORS.displayNameHtml) : null) || acct,
    authorHandle: acct ? `@${acct}` : '',
    authorUrl: hrefOf(link) ?? '',
    text: statusText(body),
    permalink,
    publishedAt: Number.isNaN(Date.parse(datetime)) ? undefined : new Date(datetime).toISOString(),
    kind: item.matches(SELECTORS.replyStatus) ? 'reply' : 'post',
    element: item,
  };
}

/** The roots of statuses: timeline and thread items, and a thread page's focal status. */
export const STATUS_ROOTS = [SELECTORS.status, SELECTORS.detailedStatus];

const statusIdOf = (item: Element) => readStatus(item as HTMLElement).id;

/** One status read alone, with its place in the thread on a thread page (as in {@link readStatuses}). */
export function statusFrom(item: HTMLElement): ScrapedPost | null {
  const post = readStatus(item);
  if (!post.id) return null;
  const focal = queryFirst(item.ownerDocument, SELECTORS.detailedStatus);
  if (!focal) return post;
  return chainLink(post, queryAll(item.ownerDocument, STATUS_ROOTS), focal, statusIdOf);
}

/**
 * Statuses under root with an id, in document order. On a thread page the ancestors lead to the
 * focal status and the descendants answer it (their nesting is not in the page, so all are
 * attributed to the focal status).
 */
export function readStatuses(root: ParentNode): ScrapedPost[] {
  const posts: ScrapedPost[] = [];
  for (const item of queryAll(root, STATUS_ROOTS)) {
    try {
      const post = readStatus(item);
      if (post.id) posts.push(post);
    } catch {
      // A status that cannot be read is left out; the others still count.
    }
  }
  const focal = posts.findIndex((post) => post.element.matches(SELECTORS.detailedStatus));
  if (focal < 0) return posts;
  return posts.map((post, index) => {
    if (index === 0) return post;
    const parent = index <= focal ? posts[index - 1] : posts[focal];
    return { ...post, kind: 'reply', inReplyTo: parent?.id };
  });
}
