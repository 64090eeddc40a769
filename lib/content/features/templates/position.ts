import { selectionFor } from '@/lib/dom/caret';

const MARGIN = 8;

/** Where the caret is on screen (the box's rectangle when the caret cannot be measured). */
export function caretRect(el: HTMLElement, doc: Document): DOMRect {
  const box = el.getBoundingClientRect();
  if (!(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) {
    const selection = selectionFor(el, doc);
    if (selection && selection.rangeCount > 0 && el.contains(selection.focusNode)) {
      const rect = selection.getRangeAt(0).getClientRects()[0];
      if (rect && (rect.width > 0 || rect.height > 0)) return new DOMRect(rect.left, rect.top, 1, rect.height);
    }
  }
  return new DOMRect(box.left, box.top, box.width, box.height);
}

/**
 * What decides where the caret is drawn, read without laying the page out: the caret's node,
 * offset and text length (a text field's selection and length). The same state, with no edit in
 * between, is the same place on screen.
 */
export function caretState(el: HTMLElement, doc: Document): readonly unknown[] {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    return [el.selectionStart, el.selectionEnd, el.value.length];
  }
  const selection = selectionFor(el, doc);
  if (!selection || selection.rangeCount === 0) return [];
  const node = selection.focusNode;
  return [node, selection.focusOffset, selection.anchorNode, selection.anchorOffset, node?.textContent?.length];
}

/**
 * Top-left of a panel of `size` next to `anchor`: below it when there is room, else above,
 * always inside the viewport.
 */
export function placePanel(
  anchor: DOMRect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number; maxHeight: number } {
  const below = anchor.bottom + 4;
  const above = anchor.top - 4 - size.height;
  const top =
    below + size.height <= viewport.height - MARGIN || above < MARGIN
      ? Math.min(below, viewport.height - MARGIN - size.height)
      : above;
  const left = Math.min(Math.max(MARGIN, anchor.left), viewport.width - MARGIN - size.width);
  const clampedTop = Math.max(MARGIN, top);
  return { top: clampedTop, left: Math.max(MARGIN, left), maxHeight: viewport.height - MARGIN - clampedTop };
}
