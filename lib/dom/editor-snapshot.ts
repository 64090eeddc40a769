/**
 * Puts a box back exactly as it was before a failed insertion attempt, model and DOM, so the next
 * technique starts from the user's text and nothing is ever inserted twice. Each library is given
 * back its own earlier state through its own API (main world); a plain box gets its DOM back.
 */

import { ckeditorOf, draftProps, lexicalEditorOf, quillOf, slateEditorOf, tiptapOf } from '@/lib/dom/editor-model';
import type { EditorKind } from '@/lib/sites/types';

export type Restore = () => void;

function textFieldRestore(el: HTMLTextAreaElement | HTMLInputElement): Restore {
  const { value, selectionStart, selectionEnd } = el;
  return () => {
    if (el.value === value) return;
    // The native setter, then an input event: React's value tracker sees a real change.
    const proto = Object.getPrototypeOf(el) as object;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.setSelectionRange(selectionStart ?? value.length, selectionEnd ?? value.length);
  };
}

function domRestore(el: HTMLElement, doc: Document): Restore {
  const nodes = [...el.childNodes].map((node) => node.cloneNode(true));
  const html = el.textContent;
  return () => {
    if (el.textContent === html && el.childNodes.length === nodes.length) return;
    el.replaceChildren(...nodes.map((node) => node.cloneNode(true)));
    el.dispatchEvent(new (doc.defaultView ?? window).InputEvent('input', { bubbles: true, inputType: 'historyUndo' }));
  };
}

/** Remembers the box's state now; the returned function puts it back. Null: nothing to remember. */
export function snapshotEditor(el: HTMLElement, editor: EditorKind, doc: Document): Restore {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return textFieldRestore(el);
  const dom = domRestore(el, doc);
  try {
    switch (editor) {
      case 'lexical': {
        const lexical = lexicalEditorOf(el);
        const state = lexical?.getEditorState();
        if (lexical && state) return () => lexical.setEditorState(state, { tag: 'historic' });
        break;
      }
      case 'quill': {
        const quill = quillOf(el);
        const contents = quill?.getContents();
        if (quill) return () => quill.setContents(contents, 'silent');
        break;
      }
      case 'prosemirror': {
        const view = tiptapOf(el)?.view;
        const state = view?.state;
        if (view?.updateState) return () => view.updateState?.(state);
        break;
      }
      case 'draftjs': {
        const props = draftProps(el);
        const state = props?.editorState;
        if (props?.onChange) return () => draftProps(el)?.onChange?.(state);
        break;
      }
      case 'slate': {
        const slate = slateEditorOf(el);
        if (!slate) break;
        const { children, selection } = slate;
        const history = slate.history && { undos: [...slate.history.undos], redos: [...slate.history.redos] };
        return () => {
          slate.children = children;
          slate.selection = selection;
          if (history && slate.history) Object.assign(slate.history, history);
          slate.onChange();
        };
      }
      case 'ckeditor5': {
        const ck = ckeditorOf(el) as unknown as { getData?(): string; setData?(data: string): void } | null;
        const data = ck?.getData?.();
        if (ck?.setData && data !== undefined) return () => ck.setData?.(data);
        break;
      }
    }
  } catch {
    // The library changed shape: its DOM is all we can put back.
  }
  return dom;
}

/**
 * Starts a new undo step, so one Ctrl+Z takes back the insertion and never what the user typed
 * just before it (Quill merges changes within a second, ProseMirror's history within 500 ms).
 * ProseMirror's `closeHistory(tr)` sets the meta key of its `PluginKey("closeHistory")`, whose
 * string form is `closeHistory$` (prosemirror-history); Quill's history module has `cutoff()`.
 */
export function closeUndoGroup(el: HTMLElement, editor: EditorKind): void {
  try {
    if (editor === 'quill') {
      const quill = quillOf(el) as unknown as { getModule?(name: string): { cutoff?(): void } | undefined } | null;
      quill?.getModule?.('history')?.cutoff?.();
    } else if (editor === 'prosemirror') {
      const view = tiptapOf(el)?.view as
        | { state: { tr: { setMeta(key: string, value: boolean): unknown } }; dispatch?(tr: unknown): void }
        | undefined;
      view?.dispatch?.(view.state.tr.setMeta('closeHistory$', true));
    }
  } catch {
    // An editor without these keeps its own grouping.
  }
}
