import { chainLink } from '@/lib/sites/shared/per-element';
import { anyOf, scopedAll } from '@/lib/sites/shared/query';
import { preWrapText, textOf } from '@/lib/sites/shared/text';
import { hrefOf } from '@/lib/sites/shared/urls';
import { SELECTORS } from '@/lib/sites/threads/selectors';
import type { ScrapedPost } from '@/lib/sites/types';

const POST_PATH = /^\/@([^/]+)\/post\/([^/?#]+)/;

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The post code of a `/@user/post/<code>` address, or undefined. */
export function postCode(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).pathname.match(POST_PATH)?.[2];
  } catch {
    return undefined;
  }
}

/** The body: the longest text run of the post's own that is not a link (author) or a control (Translate). */
function bodyText(container: Element): string {
  const texts = scopedAll(container, SELECTORS.text, SELECTORS.post)
    .filter((span) => {
      const link = span.closest(SELECTORS.link);
      const control = span.closest(anyOf(SELECTORS.button));
      return !(link && container.contains(link)) && !(control && container.contains(control));
    })
    .map((span) => preWrapText(span));
  return texts.reduce((longest, text) => (text.length > longest.length ? text : longest), '');
}

/** One post block, without kind/inReplyTo (they depend on the page); null without a permalink. */
function readBlock(container: Element): Omit<ScrapedPost, 'kind'> | null {
  const links = scopedAll(container, SELECTORS.postLink, SELECTORS.post);
  const permalink = hrefOf(links.find((link) => link.querySelector(SELECTORS.time)) ?? links[0]);
  const match = permalink ? new URL(permalink).pathname.match(POST_PATH) : null;
  if (!permalink || !match?.[1] || !match[2]) return null;
  const user = decode(match[1]);
  const nameLink = scopedAll(container, SELECTORS.authorLink, SELECTORS.post).find((link) => textOf(link));
  const datetime = scopedAll(container, SELECTORS.time, SELECTORS.post)[0]?.getAttribute('datetime');
  const time = datetime ? Date.parse(datetime) : Number.NaN;
  return {
    network: 'threads',
    id: match[2],
    authorName: textOf(nameLink) || user,
    authorHandle: `@${user}`,
    authorUrl: new URL(`/@${match[1]}`, permalink).href,
    text: bodyText(container),
    permalink,
    publishedAt: Number.isNaN(time) ? undefined : new Date(time).toISOString(),
    element: container as HTMLElement,
  };
}

/** A single post block as a post (no page context), for composers that answer it. */
export function readPost(container: Element): ScrapedPost | null {
  try {
    const block = readBlock(container);
    return block ? { ...block, kind: 'post' } : null;
  } catch {
    return null;
  }
}

const blockIdOf = (container: Element) => readPost(container)?.id ?? '';

/**
 * One block read alone, with its place in the reply chain on a post page (as in
 * {@link threadsPosts}); a quoted post is always a post.
 */
export function postFromBlock(container: Element): ScrapedPost | null {
  const post = readPost(container);
  if (!post || container.parentElement?.closest(SELECTORS.post)) return post;
  const doc = container.ownerDocument;
  const pageCode = postCode(doc.baseURI);
  if (!pageCode) return post;
  const chain = [...doc.querySelectorAll(SELECTORS.post)].filter(
    (block) => !block.parentElement?.closest(SELECTORS.post),
  );
  const main = chain.find((block) => blockIdOf(block) === pageCode);
  return main ? chainLink(post, chain, main, blockIdOf) : post;
}

/**
 * Posts under root in document order, each once. On a post page (`/@user/post/<code>`) the block
 * with that code is the post: the blocks above it are the thread it continues, the blocks below
 * are replies to it (the page does not show which reply answers which). A quoted post, and every
 * block elsewhere (feed, activity), is reported as a post: the page does not say more.
 */
export function threadsPosts(root: ParentNode): ScrapedPost[] {
  const blocks: Omit<ScrapedPost, 'kind'>[] = [];
  const seen = new Set<string>();
  for (const container of root.querySelectorAll(SELECTORS.post)) {
    try {
      const block = readBlock(container);
      if (block && !seen.has(block.id)) {
        seen.add(block.id);
        blocks.push(block);
      }
    } catch {
      // One odd block must not hide the others; it is simply not reported.
    }
  }
  const first = blocks[0];
  const pageCode = first ? postCode(first.element.ownerDocument.baseURI) : undefined;
  // A quoted post is a block inside another block: never part of the reply chain.
  const chain = blocks.filter((block) => !block.element.parentElement?.closest(SELECTORS.post));
  const main = chain.findIndex((block) => block.id === pageCode);
  return blocks.map((block): ScrapedPost => {
    const index = chain.indexOf(block);
    if (main < 0 || index <= 0) return { ...block, kind: 'post' };
    const answered = index > main ? chain[main] : chain[index - 1];
    return { ...block, kind: 'reply', inReplyTo: answered?.id };
  });
}
