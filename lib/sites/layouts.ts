/**
 * A network's page comes in several layouts (LinkedIn's Ember feed, its 2025 sdui, its 2026
 * mainFeed…). An adapter carries one named recogniser per layout, tried in order: each says which
 * elements are the roots of its posts and reads one such element alone. The adapter's post
 * selector is their union, and a whole-page read is "every root, read by the first layout that
 * can". Site health names the layout each post was read with.
 */
import { uniquePosts } from '@/lib/sites/shared/posts';
import { matchesAny, queryAll } from '@/lib/sites/shared/query';
import type { PostLayout, ScrapedPost } from '@/lib/sites/types';

export type { PostLayout };

/** Every layout's root selectors, as one list of alternatives. */
export function layoutRoots(layouts: readonly PostLayout[]): string[] {
  return layouts.flatMap((layout) => (typeof layout.selector === 'string' ? [layout.selector] : [...layout.selector]));
}

/** el read by the first layout whose selector it matches and that can read it. */
export function readWithLayouts(layouts: readonly PostLayout[], el: HTMLElement): ScrapedPost | null {
  return readAndName(layouts, el)?.post ?? null;
}

/** The post el is and the name of the layout that read it (Site health counts posts per layout). */
export function readAndName(
  layouts: readonly PostLayout[],
  el: HTMLElement,
): { post: ScrapedPost; layout: string } | null {
  for (const layout of layouts) {
    if (!matchesAny(el, layout.selector)) continue;
    const post = layout.read(el);
    if (post) return { post, layout: layout.name };
  }
  return null;
}

/** Every post and comment under root, in document order, each once. */
export function postsWithLayouts(
  layouts: readonly PostLayout[],
  root: ParentNode,
  keyOf?: (post: ScrapedPost) => string,
): ScrapedPost[] {
  const roots = queryAll(root, layoutRoots(layouts));
  return uniquePosts(roots, (el) => readWithLayouts(layouts, el), keyOf);
}
