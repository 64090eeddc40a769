import { composerAnswering, composerNearest, composersUnder } from '@/lib/sites/shared/per-element';
import { anyOf } from '@/lib/sites/shared/query';
import { enterKeyPath } from '@/lib/sites/shared/submit';
import { textOf } from '@/lib/sites/shared/text';
import { postCode, readPost } from '@/lib/sites/threads/posts';
import { SELECTORS, SUBMIT_LABELS } from '@/lib/sites/threads/selectors';
import type { Composer, ScrapedPost, SubmitPath } from '@/lib/sites/types';

function follows(reference: Element, element: Element): boolean {
  return Boolean(reference.compareDocumentPosition(element) & reference.DOCUMENT_POSITION_FOLLOWING);
}

/** What an inline reply box answers: the page's post (post page), else the nearest block above it. */
function inlineAnswered(editor: Element): ScrapedPost | null {
  const blocks = [...editor.ownerDocument.querySelectorAll(SELECTORS.post)].filter(
    (block) => !block.parentElement?.closest(SELECTORS.post) && !block.closest(SELECTORS.dialog),
  );
  const pageCode = postCode(editor.ownerDocument.baseURI);
  const main = blocks.find((block) => pageCode && readPost(block)?.id === pageCode);
  const above = blocks.filter((block) => !block.contains(editor) && follows(block, editor)).at(-1);
  const target = main ?? above;
  return target ? readPost(target) : null;
}

/**
 * Every open editor: in a dialog it is a new post, or a reply when the dialog shows the post it
 * answers; inline (under a post) it is a reply. Lexical when the root carries its marker.
 */
export function threadsComposers(root: ParentNode): Composer[] {
  return composersUnder(root, SELECTORS.editor, describe);
}

/** The box el is or is inside. */
export function threadsComposerFrom(el: Element): Composer | null {
  return composerNearest(el, SELECTORS.editor, describe);
}

function describe(element: HTMLElement): Composer {
  const editor = element.matches(SELECTORS.lexical) ? 'lexical' : 'contenteditable';
  const dialog = element.closest(SELECTORS.dialog);
  const shown = dialog?.querySelector(SELECTORS.post);
  if (dialog && !shown) return { element, kind: 'post', editor, answering: null };
  return composerAnswering({ element, kind: 'reply', editor }, () =>
    shown ? readPost(shown) : inlineAnswered(element),
  );
}

function controlLabel(control: Element): string {
  const icon = control.querySelector(SELECTORS.labelledIcon)?.getAttribute('aria-label');
  return (icon ?? control.getAttribute('aria-label') ?? textOf(control)).trim().toLowerCase();
}

/** Controls after the editor in its composer: the dialog, else the nearest ancestor that has some. */
function controlsAfter(editor: HTMLElement): Element[] {
  const own = (scope: Element) =>
    [...scope.querySelectorAll(anyOf(SELECTORS.button))].filter(
      (control) => follows(editor, control) && !editor.contains(control) && !control.closest(SELECTORS.post),
    );
  const dialog = editor.closest(SELECTORS.dialog);
  if (dialog) return own(dialog);
  for (let scope = editor.parentElement; scope; scope = scope.parentElement) {
    if (scope.matches(`${anyOf(SELECTORS.main)}, ${SELECTORS.post}, body`)) break;
    const controls = own(scope);
    if (controls.length) return controls;
  }
  return [];
}

/**
 * The Post/Reply control of this composer: among the controls after the editor, the last one labelled
 * in a known language, else the last one (Threads puts the send control last in both the dialog and
 * the inline box). Ctrl/Cmd+Enter is held too, as a precaution (not documented).
 */
export function threadsSubmitPaths(composer: Composer): SubmitPath[] {
  const controls = controlsAfter(composer.element);
  const labelled = controls.filter((control) => SUBMIT_LABELS.includes(controlLabel(control))).at(-1);
  const control = (labelled ?? controls.at(-1)) as HTMLElement | undefined;
  const paths: SubmitPath[] = [];
  if (control) {
    paths.push({
      kind: 'click',
      element: control,
      label: labelled
        ? `Threads: "${controlLabel(control)}" control after the editor`
        : 'Threads: last control after the editor (label not recognised)',
    });
  }
  paths.push(enterKeyPath(composer.element, 'Threads: Ctrl/Cmd+Enter (unverified, held as a precaution)'));
  return paths;
}
