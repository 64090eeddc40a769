/**
 * Reads tweets from X's markup: `article[data-testid="tweet"]`, its `User-Name` header, its
 * `tweetText` and the status link around its `time[datetime]` (sites.md §1.4).
 */

import { chainLink } from '@/lib/sites/shared/per-element';
import { queryAll, type SelectorList } from '@/lib/sites/shared/query';
import { inlineText } from '@/lib/sites/shared/text';
import { hrefOf, pageUrl, resolveUrl } from '@/lib/sites/shared/urls';
import type { ScrapedPost } from '@/lib/sites/types';
import { AVATAR_TESTID_PREFIX, SCREEN_NAME, SELECTORS } from '@/lib/sites/x/selectors';

const STATUS_ID = /\/status\/(\d+)/;

/** The status id in an X address (`/<user>/status/<id>`, `/i/web/status/<id>`), or null. */
export function statusIdOf(url: URL | string | null | undefined): string | null {
  if (!url) return null;
  const path = typeof url === 'string' ? url : url.pathname;
  return STATUS_ID.exec(path)?.[1] ?? null;
}

/** Elements under `article` that belong to it, not to a tweet it quotes. */
function own(article: HTMLElement, selector: SelectorList): HTMLElement[] {
  const boundary = `${SELECTORS.quotedTweet}, ${SELECTORS.tweet}`;
  return queryAll(article, selector).filter((element) => element.parentElement?.closest(boundary) === article);
}

function readAuthor(article: HTMLElement): Pick<ScrapedPost, 'authorName' | 'authorHandle' | 'authorUrl'> {
  const header = own(article, SELECTORS.userName)[0];
  // Text blocks of the header, minus the time link: display name, "@handle", "·".
  const texts = header
    ? queryAll(header, SELECTORS.headerText)
        .filter((block) => !block.querySelector(SELECTORS.time))
        .map((block) => inlineText(block))
    : [];
  const avatarId = own(article, SELECTORS.avatarContainer)[0]?.dataset.testid ?? '';
  const fromText = texts.find((text) => text.startsWith('@'))?.slice(1) ?? '';
  const fromAvatar = avatarId.slice(AVATAR_TESTID_PREFIX.length);
  const handle = SCREEN_NAME.test(fromText) ? fromText : SCREEN_NAME.test(fromAvatar) ? fromAvatar : '';
  const authorName = texts.find((text) => text !== '' && text !== '·' && !text.startsWith('@')) ?? '';
  const profile = header ? queryAll(header, SELECTORS.profileLink)[0] : undefined;
  const authorUrl = hrefOf(profile) || (handle ? (resolveUrl(`/${handle}`, article) ?? '') : '');
  return { authorName, authorHandle: handle ? `@${handle}` : '', authorUrl };
}

/** True when the tweet shows "Replying to @x" (its text varies by language; the @handle link does not). */
function showsReplyingTo(article: HTMLElement): boolean {
  const inside = `${SELECTORS.userName}, ${SELECTORS.tweetText}`;
  return own(article, SELECTORS.profileLink).some((link) => !link.closest(inside) && inlineText(link).startsWith('@'));
}

/** The status id of the tweet itself (its own time's status link), '' when it has none. */
export function tweetIdOf(article: Element): string {
  const time = own(article as HTMLElement, SELECTORS.time)[0];
  return statusIdOf(time?.closest(SELECTORS.statusLink)?.getAttribute('href')) ?? '';
}

/**
 * One tweet read alone, with its place in the conversation on a status page (as in
 * {@link readTweets}), or null when it has no status id.
 */
export function tweetFrom(article: HTMLElement): ScrapedPost | null {
  const post = readTweet(article);
  if (!post.id) return null;
  const focalId = statusIdOf(pageUrl(article));
  if (!focalId || article.closest(SELECTORS.dialog)) return post;
  const items = queryAll(article.ownerDocument, SELECTORS.tweet);
  const focal = items.find((item) => tweetIdOf(item) === focalId);
  return focal ? chainLink(post, items, focal, tweetIdOf) : post;
}

/**
 * One tweet as the page shows it. `id` and `permalink` are '' when the tweet has no status link
 * (the copy shown in the reply dialog, promoted tweets).
 */
export function readTweet(article: HTMLElement): ScrapedPost {
  const time = own(article, SELECTORS.time)[0];
  const link = time?.closest<HTMLElement>(SELECTORS.statusLink) ?? null;
  const permalink = hrefOf(link) ?? '';
  const datetime = time?.getAttribute('datetime') ?? '';
  return {
    network: 'x',
    id: statusIdOf(link?.getAttribute('href')) ?? '',
    ...readAuthor(article),
    text: inlineText(own(article, SELECTORS.tweetText)[0]),
    permalink,
    publishedAt: link && !Number.isNaN(Date.parse(datetime)) ? new Date(datetime).toISOString() : undefined,
    kind: showsReplyingTo(article) ? 'reply' : 'post',
    element: article,
  };
}

/**
 * Tweets under root with a status id, once each, in document order. On a status page the
 * conversation is a chain: tweets above the focal one lead to it and the ones below answer it
 * (X does not mark nested replies, so all are attributed to the focal tweet).
 */
export function readTweets(root: ParentNode): ScrapedPost[] {
  const seen = new Set<string>();
  const posts: ScrapedPost[] = [];
  for (const article of queryAll(root, SELECTORS.tweet)) {
    try {
      const post = readTweet(article);
      if (post.id && !seen.has(post.id)) {
        seen.add(post.id);
        posts.push(post);
      }
    } catch {
      // A tweet that cannot be read is left out; the others still count.
    }
  }
  const focalId = statusIdOf(pageUrl(root as Node));
  const focal = posts.findIndex((post) => post.id === focalId);
  if (focal < 0) return posts;
  return posts.map((post, index) => {
    if (index === 0 || post.element.closest(SELECTORS.dialog)) return post;
    const parent = index <= focal ? posts[index - 1] : posts[focal];
    return { ...post, kind: 'reply', inReplyTo: parent?.id };
  });
}
