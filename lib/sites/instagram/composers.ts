/**
 * Instagram composers: the comment textarea of each post (React-controlled) and the caption of
 * the "Create new post" dialog. A reply reuses the post's textarea, pre-filled with
 * `@<username> `: it answers that comment only when exactly one comment of the post is theirs.
 */

import { POST_ROOTS, scrapeElement } from '@/lib/sites/instagram/posts';
import { SELECTORS } from '@/lib/sites/instagram/selectors';
import { composerNearest, composersUnder, readNearest } from '@/lib/sites/shared/per-element';
import { closestAny, queryAll } from '@/lib/sites/shared/query';
import { enterKeyPath } from '@/lib/sites/shared/submit';
import type { Composer, ScrapedPost, SubmitPath } from '@/lib/sites/types';

/** Every editable box under root. */
export function findComposers(root: ParentNode): Composer[] {
  return composersUnder(root, SELECTORS.editor, describe);
}

/** The box el is or is inside. */
export function composerFrom(el: Element): Composer | null {
  return composerNearest(el, SELECTORS.editor, describe);
}

function describe(element: HTMLElement): Composer {
  if (!(element instanceof HTMLTextAreaElement)) {
    const editor = element.getAttribute('data-lexical-editor') === 'true' ? 'lexical' : 'contenteditable';
    return { element, kind: 'post', editor, answering: null };
  }
  const postEl = closestAny(element, SELECTORS.post);
  // A reels viewer's comment panel sits in the reel's unit (no article).
  const post = postEl ? scrapeElement(postEl) : readNearest(element, POST_ROOTS, scrapeElement);
  const replied = post ? repliedComment(element, post) : null;
  return replied
    ? { element, kind: 'reply', editor: 'textarea', answering: replied }
    : { element, kind: 'comment', editor: 'textarea', answering: post };
}

function repliedComment(box: HTMLTextAreaElement, post: ScrapedPost): ScrapedPost | null {
  const mention = box.value.match(/^@([A-Za-z0-9._]+)\s/)?.[1];
  if (!mention) return null;
  const theirs = queryAll(post.element, SELECTORS.comment)
    .map((el) => scrapeElement(el))
    .filter((comment): comment is ScrapedPost => comment?.authorHandle === `@${mention}`);
  return theirs.length === 1 ? (theirs[0] ?? null) : null;
}

/** The form's Post button, Enter (without Shift) and the form submit; "Share" for a new post. */
export function findSubmitPaths(composer: Composer): SubmitPath[] {
  const { element, kind } = composer;
  if (kind === 'post') {
    const dialog = closestAny(element, SELECTORS.composerDialog);
    return (dialog ? queryAll(dialog, SELECTORS.composerShare) : []).map((button) => ({
      kind: 'click',
      element: button,
      label: 'instagram: Share button of the new post dialog',
    }));
  }
  const paths: SubmitPath[] = [];
  const form = closestAny(element, SELECTORS.commentForm);
  for (const button of form ? queryAll(form, SELECTORS.commentPost) : []) {
    paths.push({ kind: 'click', element: button, label: `instagram: Post button of the ${kind} form` });
  }
  paths.push(enterKeyPath(element, `instagram: Enter in the ${kind} box`, false));
  if (form instanceof HTMLFormElement) paths.push({ kind: 'form', form, label: `instagram: ${kind} form submit` });
  return paths;
}
