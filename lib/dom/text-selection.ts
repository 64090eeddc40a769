/**
 * The caret or selection of a box as offsets in its text, so it can be put back after an editor
 * re-rendered its DOM (a failed insertion attempt undone): DOM ranges die with their nodes.
 */
import { selectionFor } from '@/lib/dom/caret';

export interface TextSelection {
  start: number;
  end: number;
}

function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

function offsetOf(el: HTMLElement, node: Node, offset: number, doc: Document): number {
  const range = doc.createRange();
  range.selectNodeContents(el);
  range.setEnd(node, offset);
  return range.toString().length;
}

export function saveTextSelection(el: HTMLElement, doc: Document): TextSelection | null {
  if (isTextField(el)) return { start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0 };
  const selection = selectionFor(el, doc);
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!el.contains(range.startContainer) || !el.contains(range.endContainer)) return null;
  return {
    start: offsetOf(el, range.startContainer, range.startOffset, doc),
    end: offsetOf(el, range.endContainer, range.endOffset, doc),
  };
}

function pointAt(el: HTMLElement, offset: number, doc: Document): { node: Node; offset: number } {
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let left = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.length) return { node, offset: left };
    left -= node.length;
    last = node;
  }
  return last ? { node: last, offset: last.length } : { node: el, offset: el.childNodes.length };
}

export function restoreTextSelection(el: HTMLElement, saved: TextSelection | null, doc: Document): void {
  if (!saved) return;
  if (isTextField(el)) {
    el.setSelectionRange(saved.start, saved.end);
    return;
  }
  const selection = selectionFor(el, doc);
  if (!selection) return;
  const start = pointAt(el, saved.start, doc);
  const end = pointAt(el, saved.end, doc);
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  selection.removeAllRanges();
  selection.addRange(range);
}
