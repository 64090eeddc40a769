/**
 * Reading and selecting the text around the caret of a reply box, for the trigger (`;;merci`):
 * the feature detects it, the picker follows the filter typed after it, and insertion first
 * selects it so the editor's own paste replaces it (the model stays right and one undo
 * brings it back). Small and dependency-light: the content script loads it.
 */
import { selectionFor } from '@/lib/dom/caret';

const isTextField = (el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement =>
  el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;

/** The text of the caret's line part before the caret, or null when there is a selection or no caret in `el`. */
export function textBeforeCaret(el: HTMLElement, doc: Document = document): string | null {
  if (isTextField(el)) {
    if (el.selectionStart === null || el.selectionStart !== el.selectionEnd) return null;
    return el.value.slice(0, el.selectionStart);
  }
  const selection = selectionFor(el, doc);
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const node = selection.focusNode;
  if (!node || !el.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.slice(0, selection.focusOffset);
  return node.childNodes[selection.focusOffset - 1]?.textContent ?? '';
}

/** What follows the last trigger before the caret, or null when there is no trigger there. */
export function queryAfterTrigger(before: string | null, trigger: string): string | null {
  if (before === null) return null;
  const at = before.lastIndexOf(trigger);
  if (at === -1) return null;
  const query = before.slice(at + trigger.length);
  return query.length <= 40 && !/[\n\u2028]/.test(query) && !/\s\s/.test(query) && !/^\s/.test(query) ? query : null;
}

/**
 * Selects the last occurrence of `needle` in the box (the one ending at the caret when the caret
 * is in its text node). Returns false when it is not found.
 */
export function selectText(el: HTMLElement, needle: string, doc: Document = document): boolean {
  if (isTextField(el)) {
    const end = el.selectionEnd ?? el.value.length;
    let at = el.value.lastIndexOf(needle, end - needle.length);
    if (at === -1) at = el.value.lastIndexOf(needle);
    if (at === -1) return false;
    el.setSelectionRange(at, at + needle.length);
    return true;
  }
  const selection = selectionFor(el, doc);
  if (!selection) return false;
  const caretNode = selection.rangeCount > 0 ? selection.focusNode : null;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let found: { node: Text; at: number } | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const limit = node === caretNode ? selection.focusOffset - needle.length : node.data.length;
    const at = node.data.lastIndexOf(needle, limit);
    if (at !== -1) {
      found = { node, at };
      if (node === caretNode) break;
    }
  }
  if (!found) return false;
  const range = doc.createRange();
  range.setStart(found.node, found.at);
  range.setEnd(found.node, found.at + needle.length);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** The current selection in `el`, to put back after focus went to the picker's own fields. */
export type SavedSelection = { start: number; end: number } | Range | null;

export function saveSelection(el: HTMLElement, doc: Document = document): SavedSelection {
  if (isTextField(el)) return { start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0 };
  const selection = selectionFor(el, doc);
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return el.contains(range.startContainer) ? range.cloneRange() : null;
}

export function restoreSelection(el: HTMLElement, saved: SavedSelection, doc: Document = document): void {
  if (!saved) return;
  if (isTextField(el)) {
    if (!(saved instanceof Range)) el.setSelectionRange(saved.start, saved.end);
    return;
  }
  if (!(saved instanceof Range) || !saved.startContainer.isConnected || !el.contains(saved.startContainer)) return;
  const selection = selectionFor(el, doc);
  selection?.removeAllRanges();
  selection?.addRange(saved);
}

/** Moves the caret back by `graphemes` user-perceived characters (to a {cursor} marker). */
export function moveCaretBack(el: HTMLElement, graphemes: number, units: number, doc: Document = document): void {
  if (graphemes <= 0) return;
  if (isTextField(el)) {
    const at = Math.max(0, (el.selectionEnd ?? el.value.length) - units);
    el.setSelectionRange(at, at);
    return;
  }
  const selection = selectionFor(el, doc);
  if (!selection) return;
  for (let step = 0; step < graphemes; step++) selection.modify('move', 'backward', 'character');
}

/** Collapses a selection in the box to its end (the caret after what was selected). */
export function collapseToEnd(el: HTMLElement, doc: Document = document): void {
  if (isTextField(el)) {
    const end = el.selectionEnd ?? el.value.length;
    el.setSelectionRange(end, end);
    return;
  }
  const selection = selectionFor(el, doc);
  if (selection && selection.rangeCount > 0 && el.contains(selection.focusNode)) selection.collapseToEnd();
}
