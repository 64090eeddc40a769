import type { Composer, ScrapedPost, SubmitPath } from '../types';
import { closestComposed, deepQuery, deepQueryAll } from './deep-query';
import { readComment, readPost } from './posts';
import { SELECTORS } from './selectors';

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
  const action = closestComposed(editor, SELECTORS.faceplateForm)?.getAttribute('action') ?? '';
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
  for (const element of deepQueryAll(root, SELECTORS.editor) as HTMLElement[]) {
    if (!closestComposed(element, SELECTORS.composerHost)) continue;
    if (closestComposed(element, SELECTORS.postComposerForm)) {
      composers.push({ element, kind: 'post', editor: 'lexical', answering: null });
      continue;
    }
    const comment = closestComposed(element, SELECTORS.comment);
    composers.push({
      element,
      kind: comment ? 'reply' : 'comment',
      editor: 'lexical',
      answering: comment ? safely(() => readComment(comment)) : answeredPost(element),
    });
  }
  return composers;
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
  const host = closestComposed(element, SELECTORS.composerHost);
  const button = host ? (deepQuery(host, SELECTORS.commentSubmit) as HTMLElement | null) : null;
  if (button) paths.push({ kind: 'click', element: button, label: 'Reddit: comment button (slot="submit-button")' });
  const postForm = closestComposed(element, SELECTORS.postComposerForm);
  const postButton = postForm ? (deepQuery(postForm, SELECTORS.postSubmit) as HTMLElement | null) : null;
  if (postButton)
    paths.push({ kind: 'click', element: postButton, label: 'Reddit: post button (#submit-post-button)' });
  const faceplate = closestComposed(element, SELECTORS.faceplateForm);
  const form = (closestComposed(element, SELECTORS.nativeForm) ??
    (faceplate?.shadowRoot?.querySelector(SELECTORS.nativeForm) || null)) as HTMLFormElement | null;
  if (form) paths.push({ kind: 'form', form, label: 'Reddit: form submit' });
  paths.push({
    kind: 'key',
    key: 'Enter',
    ctrlOrMeta: true,
    shift: false,
    target: element,
    label: 'Reddit: Ctrl/Cmd+Enter (unverified, held as a precaution)',
  });
  return paths;
}
