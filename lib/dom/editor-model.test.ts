// @vitest-environment happy-dom
import { ContentState, EditorState } from 'draft-js';
import { describe, expect, it } from 'vitest';
import { readModelText } from '@/lib/dom/editor-model';

/** Builds DOM from markup without innerHTML: a tiny tree helper. */
function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const draftState = (text: string) => EditorState.createWithContent(ContentState.createFromText(text));

describe('readModelText', () => {
  it('Draft.js: reads the DraftEditor instance props, not a stale fiber', () => {
    const content = el('div', { class: 'notranslate public-DraftEditor-content', contenteditable: 'true' }, 'Hi');
    const draftFiber = {
      return: null,
      // React keeps the first fiber on the node; its memoizedProps can be an old render.
      memoizedProps: { editorState: draftState('Hi ') },
      stateNode: { props: { editorState: draftState('Hi Merci\nÀ bientôt') } },
    };
    const hostFiber = {
      return: { return: draftFiber, memoizedProps: {}, stateNode: {} },
      memoizedProps: {},
      stateNode: content,
    };
    Object.assign(content, { __reactFiber$abc123: hostFiber });
    const root = el('div', { class: 'DraftEditor-root' }, content);
    expect(readModelText(content, 'draftjs')).toBe('Hi Merci\nÀ bientôt');
    expect(readModelText(root, 'draftjs')).toBe('Hi Merci\nÀ bientôt');
  });

  it('Lexical: serializes the editor found on the root', () => {
    const root = el('div', { 'data-lexical-editor': 'true', contenteditable: 'true' });
    const json = {
      root: {
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'text', text: 'Hi' }, { type: 'linebreak' }, { type: 'text', text: 'là' }],
          },
          { type: 'paragraph', children: [] },
        ],
      },
    };
    Object.assign(root, { __lexicalEditor: { getEditorState: () => ({ toJSON: () => json }) } });
    expect(readModelText(root, 'lexical')).toBe('Hi\nlà\n');
  });

  it('Quill: asks the v1 instance on .ql-container and drops the final newline', () => {
    const editor = el('div', { class: 'ql-editor', contenteditable: 'true' });
    const container = el('div', { class: 'ql-container' }, editor);
    Object.assign(container, { __quill: { getText: () => 'Hi 🙏\n' } });
    expect(readModelText(editor, 'quill')).toBe('Hi 🙏');
  });

  it("ProseMirror: TipTap's element.editor, else the view's pmViewDesc", () => {
    const doc = { content: { size: 4 }, textBetween: () => 'Hi\nyo' };
    const tiptap = el('div', { class: 'tiptap ProseMirror' });
    Object.assign(tiptap, { editor: { state: { doc } } });
    expect(readModelText(tiptap, 'prosemirror')).toBe('Hi\nyo');
    const bare = el('div', { class: 'ProseMirror' });
    Object.assign(bare, { pmViewDesc: { node: doc } });
    expect(readModelText(bare, 'prosemirror')).toBe('Hi\nyo');
  });

  it("textarea: React's rendered value when React controls it, else .value", () => {
    const controlled = el('textarea') as HTMLTextAreaElement;
    controlled.value = 'written behind React';
    Object.assign(controlled, { __reactProps$x1: { value: 'Hi' } });
    expect(readModelText(controlled, 'textarea')).toBe('Hi');
    const plain = el('textarea') as HTMLTextAreaElement;
    plain.value = 'Hi plain';
    expect(readModelText(el('div', {}, plain), 'textarea')).toBe('Hi plain');
  });

  it('contenteditable: the visible text', () => {
    expect(readModelText(el('div', { contenteditable: 'true' }, 'Hi ', el('b', {}, 'là')), 'contenteditable')).toBe(
      'Hi là',
    );
  });

  it('returns null when the model cannot be reached, and never throws', () => {
    expect(readModelText(el('div'), 'draftjs')).toBeNull();
    expect(readModelText(el('div'), 'lexical')).toBeNull();
    expect(readModelText(el('div'), 'quill')).toBeNull();
    expect(readModelText(el('div'), 'prosemirror')).toBeNull();
    expect(readModelText(el('div'), 'textarea')).toBeNull();
    const hostile = el('div', { 'data-lexical-editor': 'true' });
    Object.assign(hostile, {
      __lexicalEditor: {
        getEditorState: () => {
          throw new Error('boom');
        },
      },
    });
    expect(readModelText(hostile, 'lexical')).toBeNull();
  });
});
