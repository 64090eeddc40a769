/**
 * Facebook composers (all Lexical): comment boxes under a story, reply boxes in a comment thread,
 * and the "Create post" dialog; with what each answers and the ways each is sent.
 */

import { scrapeElement } from '@/lib/sites/facebook/posts';
import { SELECTORS } from '@/lib/sites/facebook/selectors';
import { composerAnswering, composerNearest, composersUnder } from '@/lib/sites/shared/per-element';
import { closestAny, matchesAny, queryAll, queryFirst, type SelectorList } from '@/lib/sites/shared/query';
import { enterKeyPath } from '@/lib/sites/shared/submit';
import type { Composer, ComposerKind, SubmitPath } from '@/lib/sites/types';

/** Every editable box under root. */
export function findComposers(root: ParentNode): Composer[] {
  return composersUnder(root, SELECTORS.editor, describe);
}

/** The box el is or is inside. */
export function composerFrom(el: Element): Composer | null {
  return composerNearest(el, SELECTORS.editor, describe);
}

function describe(element: HTMLElement): Composer {
  const editor = element.getAttribute('data-lexical-editor') === 'true' ? 'lexical' : 'contenteditable';
  // Messenger: a direct message, never a post or comment box (sites.md §11).
  if (matchesAny(element, SELECTORS.messengerBox) && !closestAny(element, 'form')) {
    return { element, editor, kind: 'message', answering: null };
  }
  const thread = threadOf(element);
  if (thread) return composerAnswering({ element, editor, kind: 'reply' }, () => scrapeElement(thread));
  const post = closestAny(element, SELECTORS.post);
  const kind: ComposerKind = post || closestAny(element, SELECTORS.commentForm) ? 'comment' : 'post';
  return composerAnswering({ element, editor, kind }, () => (post ? scrapeElement(post) : null));
}

/**
 * The comment a reply box answers: the box shares a list item with the thread's top comment and
 * its replies. A list item that holds a story (a feed laid out as a list) is not a thread.
 */
function threadOf(editor: HTMLElement): HTMLElement | null {
  const item = closestAny(editor, SELECTORS.commentThread);
  if (
    !item ||
    matchesAny(item, SELECTORS.post) ||
    queryFirst(item, SELECTORS.post) ||
    queryFirst(item, SELECTORS.postText)
  ) {
    return null;
  }
  return queryFirst(item, SELECTORS.comment);
}

/** Enter (without Shift) and the send control for comments; the Post button for the dialog. */
export function findSubmitPaths(composer: Composer): SubmitPath[] {
  const { element, kind } = composer;
  const paths: SubmitPath[] = [];
  if (kind === 'message') return [enterKeyPath(element, 'facebook: Enter in the Messenger box', false)];
  const form = closestAny(element, 'form');
  if (kind === 'post') {
    const dialog = closestAny(element, SELECTORS.composerDialog);
    for (const button of dialog ? queryAll(dialog, SELECTORS.postSend) : []) {
      paths.push({ kind: 'click', element: button, label: 'facebook: Post button of the composer' });
    }
    if (form instanceof HTMLFormElement) paths.push({ kind: 'form', form, label: 'facebook: composer form submit' });
    return paths;
  }
  const scope = closestAny(element, SELECTORS.commentForm);
  for (const button of scope
    ? queryAll(scope, SELECTORS.commentSend)
    : nearestControls(element, SELECTORS.commentSend)) {
    paths.push({ kind: 'click', element: button, label: `facebook: ${kind} send button` });
  }
  paths.push(enterKeyPath(element, `facebook: Enter in the ${kind} box (Shift+Enter is a new line)`, false));
  return paths;
}

/** Controls in the smallest ancestor that has any, never one that also holds another editor. */
function nearestControls(editor: HTMLElement, selector: SelectorList): HTMLElement[] {
  for (let scope = editor.parentElement; scope; scope = scope.parentElement) {
    if (queryAll(scope, SELECTORS.editor).some((other) => other !== editor)) return [];
    const found = queryAll(scope, selector);
    if (found.length > 0) return found;
  }
  return [];
}
