/** Helpers for the `posts()` of networks that read posts and comments element by element. */
import type { ScrapedPost } from '@/lib/sites/types';

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
