// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { caretInside, placeCaretAtEnd } from '@/lib/dom/caret';
import { querySelectorDeep } from '@/lib/dom/deep-query';

function editable(...children: (Node | string)[]): HTMLElement {
  const box = document.createElement('div');
  box.contentEditable = 'true';
  box.append(...children);
  document.body.append(box);
  return box;
}

function paragraph(...children: (Node | string)[]): HTMLElement {
  const p = document.createElement('p');
  p.append(...children);
  return p;
}

afterEach(() => document.body.replaceChildren());

function firstRange(): Range {
  const selection = document.getSelection();
  if (!selection?.rangeCount) throw new Error('no selection');
  return selection.getRangeAt(0);
}

describe('placeCaretAtEnd', () => {
  it('puts the caret after the last text, skipping non-editable chips', () => {
    const chip = document.createElement('span');
    chip.contentEditable = 'false';
    chip.textContent = '@mention';
    const box = editable(paragraph('Hi '), paragraph('there'), chip);
    placeCaretAtEnd(box, document);
    const range = firstRange();
    expect(range.startContainer.textContent).toBe('there');
    expect(range.startOffset).toBe(5);
    expect(caretInside(box, document)).toBe(true);
  });

  it("puts the caret before an empty block's placeholder <br>", () => {
    const br = document.createElement('br');
    const p = paragraph(br);
    const box = editable(p);
    placeCaretAtEnd(box, document);
    const range = firstRange();
    expect([range.startContainer, range.startOffset]).toEqual([p, 0]);
  });
});

describe('caretInside', () => {
  it('is false when the selection is elsewhere', () => {
    const box = editable('Hi');
    const other = editable('elsewhere');
    placeCaretAtEnd(other, document);
    expect(caretInside(box, document)).toBe(false);
  });

  it('counts a text field caret only once the user put it somewhere', () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    field.value = '@marie ';
    field.setSelectionRange(0, 0);
    expect(caretInside(field, document)).toBe(false);
    field.setSelectionRange(3, 3);
    expect(caretInside(field, document)).toBe(true);
  });
});

describe('querySelectorDeep', () => {
  it('finds elements inside open shadow roots', () => {
    const host = document.createElement('div');
    const inner = document.createElement('div');
    inner.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('textarea'), { name: 'note' }));
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    expect(querySelectorDeep(document, 'textarea[name="note"]')).toBeInstanceOf(HTMLTextAreaElement);
    expect(querySelectorDeep(document, 'textarea[name="other"]')).toBeNull();
  });
});
