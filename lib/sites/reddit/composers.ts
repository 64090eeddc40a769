import { readComment, readPost } from '@/lib/sites/reddit/posts';
import { SELECTORS } from '@/lib/sites/reddit/selectors';
import { composerAnswering, composerNearest } from '@/lib/sites/shared/per-element';
import { anyOf, closestDeep, querySelectorAllDeep } from '@/lib/sites/shared/query';
import { enterKeyPath } from '@/lib/sites/shared/submit';
import type { Composer, ScrapedPost, SubmitPath } from '@/lib/sites/types';

function safely(read: () => ScrapedPost | null): ScrapedPost | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/** The post a top-level comment box answers: the t3 id in its form's action, else the page's only post. */
function answeredPost(editor: Element): ScrapedPost | null {
  const doc = editor.ownerDocument;
  const action = closestDeep(editor, SELECTORS.faceplateForm)?.getAttribute('action') ?? '';
  const id = action.match(/\bt3_[a-z0-9]+/i)?.[0];
  const posts = [...doc.querySelectorAll(SELECTORS.post)];
  const post = (id && posts.find((candidate) => candidate.id === id)) || (posts.length === 1 ? posts[0] : undefined);
  return post ? safely(() => readPost(post)) : null;
}

/**
 * Expanded Lexical editors inside `shreddit-composer`, open shadow roots included: a post body on the
 * new-post page, a reply inside a comment, else a top-level comment on the post.
 */
export function redditComposers(root: ParentNode): Composer[] {
  const composers: Composer[] = [];
  for (const element of querySelectorAllDeep(root, SELECTORS.editor) as HTMLElement[]) {
    const composer = describe(element);
    if (composer) composers.push(composer);
  }
  return composers;
}

/** The box el is or is inside (through open shadow roots). */
export function redditComposerFrom(el: Element): Composer | null {
  return composerNearest(el, SELECTORS.editor, describe, (node, selector) =>
    closestDeep<HTMLElement>(node, anyOf(selector)),
  );
}

function describe(element: HTMLElement): Composer | null {
  if (!closestDeep(element, SELECTORS.composerHost)) return null;
  if (closestDeep(element, SELECTORS.postComposerForm)) {
    return { element, kind: 'post', editor: 'lexical', answering: null };
  }
  const comment = closestDeep(element, SELECTORS.comment);
  return composerAnswering({ element, kind: comment ? 'reply' : 'comment', editor: 'lexical' }, () =>
    comment ? readComment(comment) : answeredPost(element),
  );
}

/**
 * The composer's submit button (slot "submit-button"; "#submit-post-button" on the new-post page),
 * the native form around it if any, and Ctrl/Cmd+Enter, held as a precaution (not documented).
 * `faceplate-form` is a custom element, not an HTMLFormElement: only a native form inside its open
 * shadow root can be given as a form path.
 */
export function redditSubmitPaths(composer: Composer): SubmitPath[] {
  const { element } = composer;
  const paths: SubmitPath[] = [];
  const host = closestDeep(element, SELECTORS.composerHost);
  const button = host ? (querySelectorAllDeep<HTMLElement>(host, SELECTORS.commentSubmit)[0] ?? null) : null;
  if (button) paths.push({ kind: 'click', element: button, label: 'Reddit: comment button (slot="submit-button")' });
  const postForm = closestDeep(element, SELECTORS.postComposerForm);
  const postButton = postForm ? (querySelectorAllDeep<HTMLElement>(postForm, SELECTORS.postSubmit)[0] ?? null) : null;
  if (postButton)
    paths.push({ kind: 'click', element: postButton, label: 'Reddit: post button (#submit-post-button)' });
  const faceplate = closestDeep(element, SELECTORS.faceplateForm);
  const form = (closestDeep(element, SELECTORS.nativeForm) ??
    (faceplate?.shadowRoot?.querySelector(SELECTORS.nativeForm) || null)) as HTMLFormElement | null;
  if (form) paths.push({ kind: 'form', form, label: 'Reddit: form submit' });
  paths.push(enterKeyPath(element, 'Reddit: Ctrl/Cmd+Enter (unverified, held as a precaution)'));
  return paths;
}
