/**
 * LinkedIn composers: comment and reply boxes (legacy Quill, sdui TipTap), the share box (Quill,
 * in an open shadow root on sdui pages) and messaging, with the post or comment each answers.
 */

import { ownPostUrn, scrapeElement } from '@/lib/sites/linkedin/posts';
import { SELECTORS } from '@/lib/sites/linkedin/selectors';
import { findPostUrn, parseCommentUrn } from '@/lib/sites/linkedin/urn';
import { composerAnswering, composerNearest, composersUnder } from '@/lib/sites/shared/per-element';
import { closestAny, matchesAny, queryAll } from '@/lib/sites/shared/query';
import type { Composer, ComposerKind, EditorKind, ScrapedPost } from '@/lib/sites/types';

/** Every editable box under root and under the open shadow roots of LinkedIn's interop hosts. */
export function findComposers(root: ParentNode): Composer[] {
  return searchRoots(root).flatMap((scope) => composersUnder(scope, SELECTORS.editor, describe));
}

/** The box el is or is inside (in the page or in an interop host's shadow root). */
export function composerFrom(el: Element): Composer | null {
  return composerNearest(el, SELECTORS.editor, describe);
}

/** root plus the open shadow roots of LinkedIn's interop hosts under it (sdui share box, dialogs). */
export function searchRoots(root: ParentNode): ParentNode[] {
  const shadows = queryAll(root, SELECTORS.shadowHost)
    .map((host) => host.shadowRoot)
    .filter((shadow): shadow is ShadowRoot => shadow !== null);
  return [root, ...shadows];
}

function describe(element: HTMLElement): Composer {
  const editor: EditorKind = element.classList.contains('ql-editor')
    ? 'quill'
    : element.classList.contains('ProseMirror') || closestAny(element, SELECTORS.sduiCommentBox)
      ? 'prosemirror'
      : 'contenteditable';
  if (matchesAny(element, SELECTORS.messageEditor)) return { element, kind: 'message', editor, answering: null };
  if (closestAny(element, SELECTORS.shareBox)) return { element, kind: 'post', editor, answering: null };
  const comment = closestAny(element, SELECTORS.comment);
  const kind: ComposerKind = comment ? 'reply' : 'comment';
  return composerAnswering({ element, kind, editor }, () => (comment ? scrapeElement(comment) : answeredPost(element)));
}

/**
 * The post a top-level comment box answers.
 *
 * Legacy: the box is inside the post element. Sdui: it is not (the comments section is a
 * sibling of the post card), so walk up from the box and stop at the first ancestor that names
 * any post URN (the post card's facepile or `expanded…FeedType` key, a comment's
 * `replaceableComment_urn:li:comment:(urn:li:activity:<post>,…)` key). Exactly one URN there
 * is the answer, found again as a post element on the page; several URNs (the box sits in a
 * region shared by posts) or none give null. Never the nearest post by position: a wrong match
 * would put a reply under someone else's post.
 */
export function answeredPost(editor: HTMLElement): ScrapedPost | null {
  const container = closestAny(editor, SELECTORS.post);
  if (container) return scrapeElement(container);
  for (let scope = editor.parentElement; scope; scope = scope.parentElement) {
    const urns = urnsNamedIn(scope);
    if (urns.size === 0) continue;
    if (urns.size > 1) return null;
    const [urn] = urns;
    return postWithUrn(editor, urn ?? '');
  }
  return null;
}

function urnsNamedIn(scope: HTMLElement): Set<string> {
  const urns = new Set<string>();
  const add = (urn: string | undefined) => urn && urns.add(urn);
  for (const post of queryAll(scope, SELECTORS.post)) add(ownPostUrn(post));
  for (const pile of queryAll(scope, SELECTORS.postFacepile)) add(findPostUrn(pile.getAttribute('data-testid')));
  for (const comment of queryAll(scope, SELECTORS.comment)) {
    add(parseCommentUrn(comment.getAttribute('data-id') ?? comment.getAttribute('componentkey'))?.postUrn);
  }
  return urns;
}

function postWithUrn(editor: HTMLElement, urn: string): ScrapedPost | null {
  const root = editor.getRootNode() as ParentNode;
  for (const el of queryAll(root, SELECTORS.post)) {
    if (ownPostUrn(el) === urn) return scrapeElement(el);
  }
  return null;
}
