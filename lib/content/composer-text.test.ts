// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { composerText } from '@/lib/content/composer-text';
import type { Composer } from '@/lib/sites/types';

function composerFrom(html: string, hint: Composer['editor'] = 'draftjs'): Composer {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild as HTMLElement;
  const element = document.importNode(parsed, true);
  document.body.replaceChildren(element);
  return { element, editor: hint, kind: 'reply', answering: null };
}

describe('composerText (the guard, reply tracking and publish read boxes with the same detection)', () => {
  it("reads a Slate box's strings, never its placeholder or zero-width fillers", () => {
    const empty = composerFrom(
      `<div contenteditable="true" data-slate-editor="true"><div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-placeholder="true" contenteditable="false">Write a reply</span><span data-slate-zero-width="n">\ufeff<br></span></span></span></div></div>`,
    );
    expect(composerText(empty)).toBe('');
    const full = composerFrom(
      `<div contenteditable="true" data-slate-editor="true"><div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Hello</span></span></span></div><div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Acme</span></span></span></div></div>`,
    );
    expect(composerText(full)).toBe('Hello\nAcme');
  });

  it("reads the textarea inside a wrapper whatever the adapter's label", () => {
    const composer = composerFrom(`<div data-testid="tweetTextarea_0"><textarea>Hi there</textarea></div>`);
    (composer.element.querySelector('textarea') as HTMLTextAreaElement).value = 'Hi there';
    expect(composerText(composer)).toBe('Hi there');
  });

  it('drops the zero-width characters editors keep for the caret', () => {
    const composer = composerFrom(
      `<div contenteditable="true" class="ProseMirror"><p>Hi\u200b</p></div>`,
      'prosemirror',
    );
    expect(composerText(composer).trim()).toBe('Hi');
  });
});
