/**
 * Per-element reading shared by every network: the post or the box one element belongs to,
 * found by walking up from it, never by scanning the page (the first law: features ask about the
 * post under the pointer or the box in focus).
 */
import { closestAny, queryAll, type SelectorList } from '@/lib/sites/shared/query';
import type { Composer, ScrapedPost } from '@/lib/sites/types';

function readSafely<T>(read: () => T | null): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/**
 * What `read` makes of the nearest inclusive ancestor of `el` matching `selector`; an ancestor it
 * cannot read (a post nested in another, a copy without id) passes the question to the next one out.
 */
export function readNearest<T>(
  el: Element,
  selector: SelectorList,
  read: (root: HTMLElement) => T | null,
  closest: (el: Element, selector: SelectorList) => HTMLElement | null = closestAny,
): T | null {
  let node = closest(el, selector);
  while (node) {
    const value = readSafely(() => read(node as HTMLElement));
    if (value) return value;
    const outer: Element | null = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host || null);
    node = outer ? closest(outer, selector) : null;
  }
  return null;
}

/** The box `el` is or is inside: only the nearest root matching `selector` (boxes do not nest). */
export function composerNearest(
  el: Element,
  selector: SelectorList,
  read: (root: HTMLElement) => Composer | null,
  closest: (el: Element, selector: SelectorList) => HTMLElement | null = closestAny,
): Composer | null {
  const root = closest(el, selector);
  return root ? readSafely(() => read(root)) : null;
}

/** The whole-page reader as the per-element one applied to every match, each key once. */
export function composersUnder(
  root: ParentNode,
  selector: SelectorList,
  read: (root: HTMLElement) => Composer | null,
): Composer[] {
  const found: Composer[] = [];
  for (const element of queryAll(root, selector)) {
    const composer = readSafely(() => read(element));
    if (composer) found.push(composer);
  }
  return found;
}

/**
 * The place of one post in a conversation page's reply chain, worked out from its neighbours
 * alone (what the whole-page readers do for every post): the first post is the start; a post
 * above the focal one answers the post just before it; one below answers the focal post.
 * `items` are the chain's candidate roots in document order (found by a query, not read);
 * `idOf` reads one root's id ('' when it has none, such roots are not in the chain).
 */
export function chainLink(
  post: ScrapedPost,
  items: readonly Element[],
  focal: Element,
  idOf: (root: Element) => string,
): ScrapedPost {
  const at = items.indexOf(post.element);
  const focalAt = items.indexOf(focal);
  if (at < 0 || focalAt < 0) return post;
  const first = items.find((item) => idOf(item) !== '');
  if (first === post.element) return post;
  let parent: Element | undefined;
  if (at > focalAt) parent = focal;
  else {
    for (let index = at - 1; index >= 0 && !parent; index--) {
      const item = items[index];
      if (item && idOf(item) !== '') parent = item;
    }
  }
  return { ...post, kind: 'reply', inReplyTo: parent ? idOf(parent) : undefined };
}

/**
 * A box whose `answering` post is read the first time a feature asks for it (templates ranking,
 * reply tracking), not when the box is found: the identity badge and the guard never ask, and
 * reading a whole post for every comment box that scrolls into view was most of the extension's
 * cost on a long feed (issue 14). A post that cannot be read is null, the box is kept.
 */
export function composerAnswering(box: Omit<Composer, 'answering'>, answering: () => ScrapedPost | null): Composer {
  let read: { post: ScrapedPost | null } | null = null;
  return Object.defineProperty(box, 'answering', {
    enumerable: true,
    configurable: true,
    get() {
      read ??= { post: readSafely(answering) };
      return read.post;
    },
  }) as Composer;
}
