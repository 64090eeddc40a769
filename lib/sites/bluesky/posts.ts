/**
 * Reads posts from bsky.app's markup: `feedItem-by-<handle>` / `postThreadItem-by-<handle>`
 * items, their PostMeta links and `postText` (sites.md §8.4). The page shows no absolute time,
 * so `publishedAt` stays undefined.
 */

import { AUTHOR_TESTID_MARKER, POST_PATH, SELECTORS } from '@/lib/sites/bluesky/selectors';
import { chainLink } from '@/lib/sites/shared/per-element';
import { queryAll, queryFirst } from '@/lib/sites/shared/query';
import { inlineText } from '@/lib/sites/shared/text';
import { pageUrl, resolveUrl } from '@/lib/sites/shared/urls';
import type { ScrapedPost } from '@/lib/sites/types';

// Display names are wrapped in bidi controls to force their direction; they are not text.
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const clean = (text: string) => text.replace(BIDI, '').trim();

/**
 * The full address behind a link Bluesky shows shortened (`acme.example/winter`,
 * `acme.example/collec...`), or null when the link text is something else (a mention, a label).
 */
function fullLink(anchor: Element): string | null {
  const href = anchor.getAttribute('href') ?? '';
  if (!/^https?:\/\//.test(href)) return null;
  const shown = (anchor.textContent ?? '').trim().replace(/(\.\.\.|…)$/, '');
  const bare = href.replace(/^https?:\/\//, '');
  return shown !== '' && (bare.startsWith(shown) || href.startsWith(shown)) ? href : null;
}

/** Text as a reader sees it, with Bluesky's shortened links given their full address. */
export function blueskyText(node: Node | null | undefined): string {
  return inlineText(node, { link: fullLink });
}

function handleOf(item: HTMLElement): string {
  const testid = item.dataset.testid ?? '';
  const at = testid.indexOf(AUTHOR_TESTID_MARKER);
  return at < 0 ? '' : testid.slice(at + AUTHOR_TESTID_MARKER.length);
}

function isThreadItem(item: HTMLElement): boolean {
  return (item.dataset.testid ?? '').startsWith('postThreadItem');
}

/** The rkey of the item's own post: its timestamp link, else (anchor post) the page address. */
function rkeyOf(item: HTMLElement, handle: string): string {
  for (const link of queryAll(item, SELECTORS.postLink)) {
    const match = POST_PATH.exec(link.getAttribute('href') ?? '');
    if (match && decodeURIComponent(match[1] ?? '') === handle) return match[2] ?? '';
  }
  const page = POST_PATH.exec(pageUrl(item)?.pathname ?? '');
  return page && isThreadItem(item) ? (page[2] ?? '') : '';
}

/** One post item as the page shows it; `id` and `permalink` are '' when no rkey can be told. */
export function readItem(item: HTMLElement): ScrapedPost {
  const handle = handleOf(item);
  const own = `/profile/${handle}`;
  const metaTexts = queryAll(item, SELECTORS.profileLink)
    .filter((link) => link.getAttribute('href') === own && !link.closest(SELECTORS.postText))
    .map((link) => clean(blueskyText(link)))
    .filter((text) => text !== '');
  const rkey = handle ? rkeyOf(item, handle) : '';
  return {
    network: 'bluesky',
    id: rkey,
    authorName: metaTexts.find((text) => !text.startsWith('@')) ?? handle,
    authorHandle: handle ? `@${handle}` : '',
    authorUrl: handle ? (resolveUrl(own, item) ?? '') : '',
    text: blueskyText(queryFirst(item, SELECTORS.postText)),
    permalink: rkey ? (resolveUrl(`${own}/post/${rkey}`, item) ?? '') : '',
    kind: 'post',
    element: item,
  };
}

/** The rkey of an item's own post, '' when it has none (cheaper than reading the item). */
function itemIdOf(item: Element): string {
  const element = item as HTMLElement;
  return rkeyOf(element, handleOf(element));
}

/** One item read alone, with its place in the thread on a thread page (as in {@link readPosts}). */
export function postFromItem(item: HTMLElement): ScrapedPost | null {
  const post = readItem(item);
  if (!post.id || !isThreadItem(item)) return post.id ? post : null;
  const anchorKey = POST_PATH.exec(pageUrl(item)?.pathname ?? '')?.[2];
  if (!anchorKey) return post;
  const thread = queryAll(item.ownerDocument, SELECTORS.postItem).filter(isThreadItem);
  const anchor = thread.find((candidate) => itemIdOf(candidate) === anchorKey);
  return anchor ? chainLink(post, thread, anchor, itemIdOf) : post;
}

/**
 * Posts under root with an rkey, in document order. On a thread page the items above the
 * anchor lead to it and the ones below answer it (nested replies are not marked in the page,
 * so all are attributed to the anchor). Feeds do not mark replies in a stable way: 'post'.
 */
export function readPosts(root: ParentNode): ScrapedPost[] {
  const posts: ScrapedPost[] = [];
  for (const item of queryAll(root, SELECTORS.postItem)) {
    try {
      const post = readItem(item);
      if (post.id) posts.push(post);
    } catch {
      // An item that cannot be read is left out; the others still count.
    }
  }
  const anchorKey = POST_PATH.exec(pageUrl(root as Node)?.pathname ?? '')?.[2];
  const thread = posts.filter((post) => isThreadItem(post.element));
  const anchor = thread.findIndex((post) => post.id === anchorKey);
  if (anchor < 0) return posts;
  return posts.map((post) => {
    const index = thread.indexOf(post);
    if (index <= 0) return post;
    const parent = index <= anchor ? thread[index - 1] : thread[anchor];
    return { ...post, kind: 'reply', inReplyTo: parent?.id };
  });
}
