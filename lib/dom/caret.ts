/**
 * Caret helpers for insertion: the selection of the element's own tree (a shadow root has its
 * own in Chromium), whether the caret is already in the box, and putting it at the end.
 */

/** The element that has focus, looking inside open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The Selection that describes carets inside `el` (Chromium gives shadow roots their own). */
export function selectionFor(el: Element, doc: Document): Selection | null {
  const root = el.getRootNode() as (Node & { getSelection?: () => Selection | null }) | null;
  if (root && root !== doc && typeof root.getSelection === 'function') return root.getSelection();
  return doc.getSelection();
}

/**
 * True when the user's caret (or selection) is inside the editable element. A text field keeps
 * its selection while blurred; one that was never touched has it at 0, which we do not count
 * (else a prefilled "@handle " reply would get the text before the mention).
 */
export function caretInside(el: HTMLElement, doc: Document): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    return deepActiveElement(doc) === el || !!el.selectionEnd || !el.value;
  }
  const selection = selectionFor(el, doc);
  if (!selection || selection.rangeCount === 0) return false;
  const range = selection.getRangeAt(0);
  return el.contains(range.startContainer) && el.contains(range.endContainer);
}

function isEditableText(node: Node, el: HTMLElement): boolean {
  const parent = node.parentElement;
  return !!parent && el.contains(parent) && !parent.closest('[contenteditable="false"]');
}

/**
 * Collapses the caret at the end of the editable text: after the last text node, or before the
 * placeholder `<br>` of an empty block (where Draft.js, Lexical and ProseMirror expect it).
 */
export function placeCaretAtEnd(el: HTMLElement, doc: Document): void {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    el.setSelectionRange(el.value.length, el.value.length);
    return;
  }
  const selection = selectionFor(el, doc);
  if (!selection) return;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isEditableText(node, el)) last = node as Text;
  }
  const range = doc.createRange();
  if (last) {
    range.setStart(last, last.length);
  } else {
    let leaf: Element = el;
    while (leaf.lastElementChild) leaf = leaf.lastElementChild;
    if (leaf !== el && leaf.tagName === 'BR') range.setStartBefore(leaf);
    else range.setStart(leaf, leaf.childNodes.length);
  }
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}
