// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectEditorFromMarks, editorOf } from '@/lib/dom/detect-editor';
import { detectEditorInPage } from '@/lib/dom/editor-model';

/** Parses a snippet of each library's rendered DOM (as the libraries render it, text trimmed). */
function box(html: string, select = '[contenteditable="true"], textarea'): HTMLElement {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild as HTMLElement;
  const root = document.importNode(parsed, true);
  document.body.replaceChildren(root);
  return (root.matches(select) ? root : root.querySelector<HTMLElement>(select)) as HTMLElement;
}

const SNIPPETS: Record<string, { html: string; editor: string }> = {
  'Draft.js (X)': {
    html: `<div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div data-contents="true"><div data-block="true" data-editor="x" data-offset-key="x-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="x-0-0"><span data-text="true">Hi</span></span></div></div></div></div></div></div>`,
    editor: 'draftjs',
  },
  'Lexical (Facebook)': {
    html: `<div class="xzsf02u notranslate" contenteditable="true" role="textbox" data-lexical-editor="true"><p dir="auto"><span data-lexical-text="true">Hi</span></p></div>`,
    editor: 'lexical',
  },
  'Quill (LinkedIn)': {
    html: `<div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox"><p>Hi</p></div><div class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div>`,
    editor: 'quill',
  },
  'TipTap (Bluesky)': {
    html: `<div contenteditable="true" role="textbox" translate="no" class="tiptap ProseMirror"><p>Hi</p></div>`,
    editor: 'prosemirror',
  },
  Slate: {
    html: `<div role="textbox" contenteditable="true" data-slate-editor="true" data-slate-node="value"><div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Hi</span></span></span></div></div>`,
    editor: 'slate',
  },
  'CKEditor 5': {
    html: `<div class="ck ck-editor"><div class="ck ck-editor__main"><div class="ck-blurred ck ck-content ck-editor__editable ck-rounded-corners ck-editor__editable_inline" contenteditable="true" role="textbox" aria-label="Rich Text Editor"><p>Hi</p></div></div></div>`,
    editor: 'ckeditor5',
  },
  'textarea (Mastodon)': {
    html: `<div class="autosuggest-textarea"><textarea class="autosuggest-textarea__textarea">Hi</textarea></div>`,
    editor: 'textarea',
  },
  'plain contenteditable (YouTube)': {
    html: `<div id="contenteditable-root" contenteditable="true" class="style-scope yt-formatted-string">Hi</div>`,
    editor: 'contenteditable',
  },
};

describe('detectEditorFromMarks', () => {
  for (const [name, { html, editor }] of Object.entries(SNIPPETS)) {
    it(`${name} → ${editor}`, () => {
      expect(detectEditorFromMarks(box(html))?.editor).toBe(editor);
    });
  }

  it('finds the editable inside a wrapper the adapter gave (X: the testid container)', () => {
    const wrapper = box(
      `<div data-testid="tweetTextarea_0RichTextInputContainer">${SNIPPETS['Draft.js (X)']?.html}</div>`,
      'div',
    );
    const found = detectEditorFromMarks(wrapper);
    expect(found?.editor).toBe('draftjs');
    expect(found?.root.getAttribute('data-testid')).toBe('tweetTextarea_0');
  });

  it("overrides the adapter's label: X's box built with Lexical is Lexical", () => {
    const el = box(SNIPPETS['Lexical (Facebook)']?.html ?? '');
    expect(editorOf(el, 'draftjs')).toBe('lexical');
    expect(detectEditorFromMarks(document.createElement('div'))).toBeNull();
  });
});

describe('detectEditorInPage (main world: what libraries keep on the elements)', () => {
  it("trusts the library's instance over marks the site's markup also carries", () => {
    const el = box(`<div class="ql-editor" contenteditable="true" role="textbox"><p>Hi</p></div>`);
    Object.assign(el, { __lexicalEditor: { getEditorState: () => ({ toJSON: () => ({}) }) } });
    expect(detectEditorInPage(el)).toMatchObject({ editor: 'lexical', mark: '__lexicalEditor' });
  });

  it('calls a contenteditable driven by a framework without library marks unknown', () => {
    const el = box(`<div contenteditable="true" role="textbox">Hi</div>`);
    expect(detectEditorInPage(el)?.editor).toBe('contenteditable');
    Object.assign(el, { __reactProps$abc: { onKeyDown: () => undefined } });
    expect(detectEditorInPage(el)?.editor).toBe('unknown');
  });

  it('finds Slate through the React tree and CKEditor 5 through ckeditorInstance', () => {
    const slate = box(SNIPPETS.Slate?.html ?? '');
    const editor = { children: [{ children: [{ text: 'Hi' }] }], selection: null, onChange: () => undefined };
    const fiber = {
      memoizedProps: {},
      stateNode: null,
      return: { memoizedProps: { editor }, stateNode: null, return: null },
    };
    Object.assign(slate, { __reactFiber$abc: fiber });
    expect(detectEditorInPage(slate)?.editor).toBe('slate');
    const ck = box(SNIPPETS['CKEditor 5']?.html ?? '');
    Object.assign(ck, { ckeditorInstance: { model: { document: { getRoot: () => null } } } });
    expect(detectEditorInPage(ck)).toMatchObject({ editor: 'ckeditor5', mark: 'ckeditorInstance' });
  });
});
