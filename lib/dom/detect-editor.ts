/**
 * Which editor library runs a box, told from the marks each library leaves on the element and
 * its ancestors (docs/editors.md lists each mark with its source). Works from any world: only
 * attributes, classes and tag names are read here; the page's world adds what the libraries keep
 * on the elements themselves (editor-model.ts, detectEditorInPage). A site adapter's label is a
 * hint only: a site that changes its editor is noticed here, not from user complaints.
 */
import type { EditorKind } from '@/lib/sites/types';

/** Each library's marks, strongest first. `on` must match the box or one of its ancestors. */
const MARKS: readonly { editor: EditorKind; on: string }[] = [
  // Slate's <Editable>: data-slate-editor on the contenteditable (slate-react editable.tsx).
  { editor: 'slate', on: '[data-slate-editor]' },
  // Lexical's setRootElement sets data-lexical-editor="true" on the root (LexicalEditor.ts).
  { editor: 'lexical', on: '[data-lexical-editor]' },
  // CKEditor 5 editables: .ck-editor__editable (EditableUIView), .ck-content on the root.
  { editor: 'ckeditor5', on: '.ck-editor__editable' },
  // Draft.js: the contenteditable is .public-DraftEditor-content (DraftEditor.react.js).
  { editor: 'draftjs', on: '.public-DraftEditor-content' },
  // Quill: its root is .ql-editor inside the .ql-container it was created on (quill core).
  { editor: 'quill', on: '.ql-editor' },
  // ProseMirror's view adds the ProseMirror class to view.dom; TipTap adds .tiptap too.
  { editor: 'prosemirror', on: '.ProseMirror' },
];

/** Marks found inside the box (a wrapper was given): a block of each library. */
const INNER_MARKS: readonly { editor: EditorKind; on: string }[] = [
  { editor: 'draftjs', on: '[data-contents="true"] [data-block="true"]' },
  { editor: 'slate', on: '[data-slate-node="element"]' },
];

export interface Detection {
  editor: EditorKind;
  /** The editable element the library owns (the box itself, an ancestor, or the textarea inside). */
  root: HTMLElement;
  /** What told it, for Site health and docs/editors.md ("class .ql-editor", "tag textarea"). */
  mark: string;
}

function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.localName === 'textarea' || el.localName === 'input';
}

function editableOf(el: HTMLElement): HTMLElement | null {
  if (el.isContentEditable || isTextField(el)) return el;
  return el.querySelector<HTMLElement>('[contenteditable="true"], [contenteditable="plaintext-only"], textarea');
}

/**
 * The editor a box belongs to, from DOM marks only. A contenteditable without any library's mark
 * is `contenteditable` here; the page's world may then call it `unknown` (a framework is attached).
 */
export function detectEditorFromMarks(box: HTMLElement): Detection | null {
  const el = editableOf(box);
  if (!el) return null;
  if (isTextField(el)) return { editor: 'textarea', root: el, mark: `tag ${el.localName}` };
  for (const { editor, on } of MARKS) {
    if (el.closest(on)) return { editor, root: el, mark: on };
  }
  for (const { editor, on } of INNER_MARKS) {
    if (el.querySelector(on)) return { editor, root: el, mark: `${on} inside` };
  }
  return { editor: 'contenteditable', root: el, mark: 'contenteditable, no library mark' };
}

/** The adapter's label when detection found nothing better (detection wins whenever it can tell). */
export function editorOf(box: HTMLElement, hint: EditorKind): EditorKind {
  return detectEditorFromMarks(box)?.editor ?? hint;
}
