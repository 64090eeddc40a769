/**
 * Reads the text an editor's *model* holds, from the page's main world, without importing the
 * editor libraries: the sites ship their own copies, reachable only through what they leave on
 * the DOM (React fibers, `__lexicalEditor`, `__quill`, TipTap's `element.editor`, ProseMirror's
 * `pmViewDesc`). The model, not the DOM, is what the site sends: an editor can show text its
 * model never received. From an isolated world these expandos are invisible and the readers of
 * library editors return null.
 */

import { lexicalJsonText, proseMirrorText, textOfDraftState } from '@/lib/dom/model-text';
import type { EditorKind } from '@/lib/sites/types';

type Reader = (el: HTMLElement) => string | null;

/** A property the page put on a DOM node (not part of the DOM's own typings). */
function expando(node: object | null | undefined, key: string): unknown {
  return node ? (node as Record<string, unknown>)[key] : undefined;
}

function closestOrInside(el: HTMLElement, selector: string): HTMLElement | null {
  return el.closest<HTMLElement>(selector) ?? el.querySelector<HTMLElement>(selector);
}

interface Fiber {
  return: Fiber | null;
  stateNode: unknown;
  memoizedProps: unknown;
}

/** React's per-node fiber key is `__reactFiber$<random>` (React 17+) or `__reactInternalInstance$…` (16). */
export function reactFiberOf(node: Element): Fiber | null {
  for (const key of Object.keys(node)) {
    if (key.startsWith('__reactFiber$') || key.startsWith('__reactInternalInstance$')) {
      return (expando(node, key) as Fiber | undefined) ?? null;
    }
  }
  return null;
}

/** Walks up from the contenteditable to the DraftEditor component and reads its `editorState` prop. */
const readDraft: Reader = (el) => {
  const content = closestOrInside(el, '.public-DraftEditor-content') ?? el;
  let fiber = reactFiberOf(content);
  for (let depth = 0; fiber && depth < 50; depth += 1, fiber = fiber.return) {
    // The node's fiber may be a stale alternate; a class instance's `props` is always current.
    const instanceProps = expando(fiber.stateNode as object, 'props') as object | undefined;
    const text =
      textOfDraftState(expando(instanceProps, 'editorState')) ??
      textOfDraftState(expando(fiber.memoizedProps as object, 'editorState'));
    if (text !== null) return text;
  }
  return null;
};

const readLexical: Reader = (el) => {
  const root = closestOrInside(el, '[data-lexical-editor]') ?? el;
  const editor = expando(root, '__lexicalEditor') as { getEditorState?: () => { toJSON(): unknown } } | undefined;
  if (typeof editor?.getEditorState !== 'function') return null;
  return lexicalJsonText(expando(editor.getEditorState().toJSON() as object, 'root'));
};

const readQuill: Reader = (el) => {
  const container = el.closest('.ql-container') ?? el.querySelector('.ql-container');
  const quill = expando(container, '__quill') as { getText?: () => string } | undefined;
  if (typeof quill?.getText !== 'function') return null;
  // Quill always ends its document with a newline the user never typed.
  return quill.getText().replace(/\n$/, '');
};

const readProseMirror: Reader = (el) => {
  const root = closestOrInside(el, '.ProseMirror') ?? el;
  const tiptap = expando(root, 'editor') as { state?: { doc?: unknown } } | undefined;
  const desc = expando(root, 'pmViewDesc') as { node?: unknown } | undefined;
  return proseMirrorText(tiptap?.state?.doc ?? desc?.node);
};

/**
 * A React-controlled textarea's model is the `value` prop React last rendered (its state); a
 * value written behind React's back shows in `.value` but not there. Plain textareas: `.value`.
 */
const readTextarea: Reader = (el) => {
  const field = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el : el.querySelector('textarea');
  if (!field) return null;
  for (const key of Object.keys(field)) {
    if (!key.startsWith('__reactProps$')) continue;
    const value = expando(expando(field, key) as object, 'value');
    if (typeof value === 'string') return value;
  }
  return field.value;
};

/** Sites with a plain contenteditable read its text when they send; a final `<br>` adds one newline. */
// biome-ignore lint/performance/useDomNodeTextContent: innerText has the line breaks of <div>/<br>; textContent drops them.
const readContentEditable: Reader = (el) => el.innerText.replace(/\n$/, '');

const READERS: Record<EditorKind, Reader> = {
  draftjs: readDraft,
  lexical: readLexical,
  quill: readQuill,
  prosemirror: readProseMirror,
  textarea: readTextarea,
  contenteditable: readContentEditable,
};

/**
 * The plain text the editor's model holds (blocks separated by one `\n`), or null when the model
 * cannot be reached (wrong kind, isolated world, the site changed its internals). Never throws.
 */
export function readModelText(el: Element, editor: EditorKind): string | null {
  if (!(el instanceof HTMLElement)) return null;
  try {
    return READERS[editor](el);
  } catch {
    return null;
  }
}
