/**
 * Reads the text an editor's *model* holds, from the page's main world, without importing the
 * editor libraries: the sites ship their own copies, reachable only through what they leave on
 * the DOM (React fibers, `__lexicalEditor`, `__quill`, TipTap's `element.editor`, ProseMirror's
 * `pmViewDesc`, CKEditor 5's `ckeditorInstance`, Slate's editor in the React tree). The model, not
 * the DOM, is what the site sends: an editor can show text its model never received. From an
 * isolated world these expandos are invisible and the readers of library editors return null.
 */

import { type Detection, detectEditorFromMarks } from '@/lib/dom/detect-editor';
import { ckeditorRootText, lexicalJsonText, proseMirrorText, slateText, textOfDraftState } from '@/lib/dom/model-text';
import type { EditorKind } from '@/lib/sites/types';

type Reader = (el: HTMLElement) => string | null;

/** A property the page put on a DOM node (not part of the DOM's own typings). */
export function expando(node: object | null | undefined, key: string): unknown {
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

/** The first props up the React tree (from `el`) for which `pick` returns something. */
export function findInReactTree<T>(el: Element, pick: (props: object) => T | null | undefined): T | null {
  let fiber = reactFiberOf(el);
  for (let depth = 0; fiber && depth < 60; depth += 1, fiber = fiber.return) {
    // The node's fiber may be a stale alternate; a class instance's `props` is always current.
    for (const props of [expando(fiber.stateNode as object, 'props'), fiber.memoizedProps]) {
      if (typeof props !== 'object' || props === null) continue;
      const found = pick(props);
      if (found !== null && found !== undefined) return found;
    }
  }
  return null;
}

/** The DraftEditor component's props (`editorState`, `onChange`), found up the React tree. */
export function draftProps(el: HTMLElement): { editorState: unknown; onChange?: (state: unknown) => void } | null {
  const content = closestOrInside(el, '.public-DraftEditor-content') ?? el;
  return findInReactTree(content, (props) =>
    textOfDraftState(expando(props, 'editorState')) !== null
      ? (props as { editorState: unknown; onChange?: (state: unknown) => void })
      : null,
  );
}

const readDraft: Reader = (el) => textOfDraftState(draftProps(el)?.editorState);

/** A Slate editor: `children`, `selection`, `apply`, `onChange` (slate's createEditor). */
export interface SlateEditorLike {
  children: unknown[];
  selection: unknown;
  history?: { undos: unknown[]; redos: unknown[] };
  onChange(): void;
  isInline?(node: unknown): boolean;
}

/** Slate keeps its editor in React: the `<Slate editor>` props above `<Editable>`. */
export function slateEditorOf(el: HTMLElement): SlateEditorLike | null {
  const root = closestOrInside(el, '[data-slate-editor]') ?? el;
  return findInReactTree(root, (props) => {
    const editor = expando(props, 'editor') as Partial<SlateEditorLike> | undefined;
    return editor && Array.isArray(editor.children) && typeof editor.onChange === 'function'
      ? (editor as SlateEditorLike)
      : null;
  });
}

const readSlate: Reader = (el) => {
  const editor = slateEditorOf(el);
  return editor ? slateText(editor.children, (node) => editor.isInline?.(node) ?? false) : null;
};

/** CKEditor 5 puts the editor on its editable element (EditorUI.setEditableElement). */
export function ckeditorOf(el: HTMLElement): { model: { document: { getRoot(): unknown } } } | null {
  const root = el.closest('.ck-editor__editable') ?? el;
  const editor = expando(root, 'ckeditorInstance') as { model?: { document?: { getRoot?: unknown } } } | undefined;
  return typeof editor?.model?.document?.getRoot === 'function'
    ? (editor as { model: { document: { getRoot(): unknown } } })
    : null;
}

const readCkeditor: Reader = (el) => {
  const editor = ckeditorOf(el);
  return editor ? ckeditorRootText(editor.model.document.getRoot()) : null;
};

/** Lexical's editor, kept on its root element (LexicalEditor.setRootElement). */
export function lexicalEditorOf(el: HTMLElement): LexicalEditorLike | null {
  for (let node: HTMLElement | null = el; node; node = node.parentElement) {
    const editor = expando(node, '__lexicalEditor') as LexicalEditorLike | undefined;
    if (typeof editor?.getEditorState === 'function') return editor;
  }
  const inside = el.querySelector('[data-lexical-editor]');
  const editor = expando(inside, '__lexicalEditor') as LexicalEditorLike | undefined;
  return typeof editor?.getEditorState === 'function' ? editor : null;
}
export interface LexicalEditorLike {
  getEditorState(): { toJSON(): unknown };
  setEditorState(state: unknown, options?: { tag?: string }): void;
}

const readLexical: Reader = (el) => {
  const editor = lexicalEditorOf(el);
  return editor ? lexicalJsonText(expando(editor.getEditorState().toJSON() as object, 'root')) : null;
};

/** Quill v1 keeps the instance on its container as `__quill` (v2 in a WeakMap sites expose the same way). */
export function quillOf(el: HTMLElement): QuillLike | null {
  const container = el.closest('.ql-container') ?? el.querySelector('.ql-container') ?? el.parentElement;
  const quill = expando(container, '__quill') as QuillLike | undefined;
  return typeof quill?.getText === 'function' ? quill : null;
}
export interface QuillLike {
  getText(): string;
  getContents(): unknown;
  setContents(delta: unknown, source?: string): void;
}

const readQuill: Reader = (el) => {
  // Quill always ends its document with a newline the user never typed.
  return quillOf(el)?.getText().replace(/\n$/, '') ?? null;
};

/** TipTap's editor (`element.editor`); its view can be given back an earlier state. */
export function tiptapOf(el: HTMLElement): TiptapLike | null {
  const root = closestOrInside(el, '.ProseMirror') ?? el;
  const editor = expando(root, 'editor') as Partial<TiptapLike> | undefined;
  return editor?.state?.doc ? (editor as TiptapLike) : null;
}
export interface TiptapLike {
  state: { doc: unknown };
  view?: { state: unknown; updateState?(state: unknown): void };
}

const readProseMirror: Reader = (el) => {
  const root = closestOrInside(el, '.ProseMirror') ?? el;
  const desc = expando(root, 'pmViewDesc') as { node?: unknown } | undefined;
  return proseMirrorText(tiptapOf(el)?.state.doc ?? desc?.node);
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

/**
 * Sites with a plain contenteditable read its text when they send; a final `<br>` adds one
 * newline. For an unknown editor this is the best there is: insertion then waits for its
 * re-render before trusting it (insert-text.ts).
 */
// biome-ignore lint/performance/useDomNodeTextContent: innerText has the line breaks of <div>/<br>; textContent drops them.
export const readContentEditable: Reader = (el) => el.innerText.replace(/\n$/, '');

const READERS: Record<EditorKind, Reader> = {
  draftjs: readDraft,
  lexical: readLexical,
  quill: readQuill,
  prosemirror: readProseMirror,
  slate: readSlate,
  ckeditor5: readCkeditor,
  textarea: readTextarea,
  contenteditable: readContentEditable,
  unknown: readContentEditable,
};

/** A script is attached to the box: React props or another framework's expando on it. */
function frameworkAttached(el: HTMLElement): boolean {
  return Object.keys(el).some((key) => /^__react(Props|Fiber)\$|^__vue|^__ngContext__|^__svelte/.test(key));
}

/**
 * The editor of a box as the page's world sees it: the instance a library keeps on the element
 * confirms (or overrides) the DOM marks, which site markup can also carry. A contenteditable
 * with no library but a framework attached is `unknown`.
 */
export function detectEditorInPage(box: HTMLElement): Detection | null {
  const marks = detectEditorFromMarks(box);
  if (!marks) return null;
  const el = marks.root;
  if (marks.editor === 'textarea') return marks;
  const found = (editor: EditorKind, mark: string): Detection => ({ editor, root: el, mark });
  try {
    if (lexicalEditorOf(el)) return found('lexical', '__lexicalEditor');
    if (ckeditorOf(el)) return found('ckeditor5', 'ckeditorInstance');
    if (quillOf(el)) return found('quill', '__quill');
    if (tiptapOf(el) || expando(el, 'pmViewDesc'))
      return found('prosemirror', tiptapOf(el) ? 'element.editor' : 'pmViewDesc');
    if (slateEditorOf(el)) return found('slate', 'Slate editor in the React tree');
    if (draftProps(el)) return found('draftjs', 'DraftEditor editorState in the React tree');
    if (marks.editor === 'contenteditable' && frameworkAttached(el)) return found('unknown', 'a framework on the box');
  } catch {
    // A page's own getters may throw: the DOM marks are all there is.
  }
  return marks;
}

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
