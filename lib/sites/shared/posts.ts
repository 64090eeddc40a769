/** Helpers for the `posts()` of networks that read posts and comments element by element. */
import type { ScrapedPost } from '@/lib/sites/types';
import { fingerprint } from '@/lib/text/fingerprint';

/** The characters of a post's text its key is made of: a "…more" that cuts or expands it later leaves them. */
const KEY_TEXT_CHARS = 80;

/**
 * The id of a post the page gives no id for: `<prefix>:` and a hash of its author and the start
 * of its text, the same on every scan and reload, whether its "…more" is open or not.
 */
export function itemKey(prefix: string, author: string, text: string): string {
  return `${prefix}:${fingerprint(`${author}\n${text.slice(0, KEY_TEXT_CHARS)}`)}`;
}

/**
 * What `read` makes of each element, without nulls and each post once, in element order. By
 * default a post and a comment may share an id (Facebook, Instagram); a network whose ids are
 * unique across kinds but that renders an item twice keys by id alone (LinkedIn).
 */
export function uniquePosts<E>(
  elements: Iterable<E>,
  read: (element: E) => ScrapedPost | null,
  keyOf: (post: ScrapedPost) => string = (post) => `${post.kind}:${post.id}`,
): ScrapedPost[] {
  const seen = new Set<string>();
  const posts: ScrapedPost[] = [];
  for (const element of elements) {
    const post = read(element);
    if (!post) continue;
    const key = keyOf(post);
    if (seen.has(key)) continue;
    seen.add(key);
    posts.push(post);
  }
  return posts;
}
