import { anyOf, scopedFirst } from '@/lib/sites/shared/query';
import { preWrapText, textOf } from '@/lib/sites/shared/text';
import { hrefOf } from '@/lib/sites/shared/urls';
import type { ScrapedPost } from '@/lib/sites/types';
import { SELECTORS } from '@/lib/sites/youtube/selectors';

const COMMENT = anyOf(SELECTORS.comment);

/** `@handle` from a `/@handle` URL (percent-decoded), else undefined (`/channel/UC…` has none). */
function handleFromUrl(url: string | undefined): string | undefined {
  const segment = url ? new URL(url).pathname.split('/')[1] : undefined;
  if (!segment?.startsWith('@')) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function urlParams(url: string | undefined): URLSearchParams {
  return url ? new URL(url).searchParams : new URLSearchParams();
}

/** Video id of the page: the watch root's attribute, else `v=` of the address. */
function pageVideoId(doc: Document): string | undefined {
  const fromRoot = doc.querySelector(SELECTORS.watchFlexy)?.getAttribute('video-id');
  return fromRoot || urlParams(doc.baseURI).get('v') || undefined;
}

/** The video under the player as a post (title as text; the description is collapsed, not read). */
export function readVideo(metadata: Element): ScrapedPost | null {
  const doc = metadata.ownerDocument;
  const id = metadata.closest(SELECTORS.watchFlexy)?.getAttribute('video-id') || pageVideoId(doc);
  if (!id) return null;
  const owner = metadata.querySelector(SELECTORS.videoOwnerLink);
  const authorUrl = hrefOf(owner) ?? '';
  const handle = handleFromUrl(authorUrl);
  return {
    network: 'youtube',
    id,
    authorName: textOf(owner) || handle || '',
    authorHandle: handle ?? '',
    authorUrl,
    text: preWrapText(metadata.querySelector(SELECTORS.videoTitle)),
    permalink: new URL(`/watch?v=${encodeURIComponent(id)}`, doc.baseURI).href,
    kind: 'post',
    element: metadata as HTMLElement,
  };
}

/** The comment id of a comment element (`lc=` of its time link), or undefined. */
function commentId(comment: Element): string | undefined {
  return urlParams(hrefOf(scopedFirst(comment, SELECTORS.commentPermalink, COMMENT))).get('lc') ?? undefined;
}

/** The id a reply answers: the first comment of its thread (reply ids are `<thread id>.<reply id>`). */
function threadCommentId(reply: Element, ownId: string): string | undefined {
  const thread = reply.closest(anyOf(SELECTORS.commentThread));
  const first = thread?.querySelector(COMMENT);
  const firstId = first && first !== reply && !first.closest(anyOf(SELECTORS.replies)) ? commentId(first) : undefined;
  return firstId ?? (ownId.includes('.') ? ownId.split('.')[0] : undefined);
}

/** A watch-page or Studio comment; null when it has no time link (no id to give it). */
export function readComment(comment: Element): ScrapedPost | null {
  const permalink = hrefOf(scopedFirst(comment, SELECTORS.commentPermalink, COMMENT));
  const params = urlParams(permalink);
  const id = params.get('lc');
  if (!permalink || !id) return null;
  const author = scopedFirst(comment, SELECTORS.commentAuthor, COMMENT);
  const authorUrl = hrefOf(author) ?? hrefOf(scopedFirst(comment, SELECTORS.commentAuthorThumbnail, COMMENT));
  const authorText = textOf(author);
  const handle = handleFromUrl(authorUrl) ?? (authorText.startsWith('@') ? authorText : '');
  const isReply = Boolean(comment.closest(anyOf(SELECTORS.replies)));
  return {
    network: 'youtube',
    id,
    authorName: authorText || handle,
    authorHandle: handle,
    authorUrl: authorUrl ?? '',
    text: preWrapText(scopedFirst(comment, SELECTORS.commentText, COMMENT)),
    permalink,
    kind: isReply ? 'reply' : 'comment',
    inReplyTo: isReply
      ? threadCommentId(comment, id)
      : (params.get('v') ?? pageVideoId(comment.ownerDocument) ?? undefined),
    element: comment as HTMLElement,
  };
}

/** The roots of the video's metadata (watch page) and of every comment and reply. */
export const POST_ROOTS = `${SELECTORS.videoMetadata}, ${COMMENT}`;

/** The video or the comment whose root element is `element`. */
export function readElement(element: Element): ScrapedPost | null {
  return element.matches(SELECTORS.videoMetadata) ? readVideo(element) : readComment(element);
}

/** The video (watch page) and every comment and reply under root, in document order. */
export function youtubePosts(root: ParentNode): ScrapedPost[] {
  const posts: ScrapedPost[] = [];
  for (const element of root.querySelectorAll(POST_ROOTS)) {
    try {
      const post = readElement(element);
      if (post) posts.push(post);
    } catch {
      // One odd element must not hide the others; it is simply not reported.
    }
  }
  return posts;
}
