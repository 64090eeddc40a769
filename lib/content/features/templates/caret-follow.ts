/**
 * Where the open picker stands: next to the caret, inside the viewport, as a signal the view binds
 * to its style (following the caret re-renders nothing).
 */

import { signal } from '@preact/signals';
import { caretRect, caretState, placePanel } from '@/lib/content/features/templates/position';

const PANEL = { width: 380, height: 360 };

export function followCaret(el: HTMLElement, doc: Document) {
  const at = () => placePanel(caretRect(el, doc), PANEL, { width: innerWidth, height: innerHeight });
  const position = signal(at());
  /** Measures the caret again (a resize, a move). */
  const place = () => {
    const next = at();
    const { top, left, maxHeight } = position.value;
    if (next.top !== top || next.left !== left || next.maxHeight !== maxHeight) position.value = next;
  };
  /**
   * Follows the caret. A keystroke brings three events (input, keyup, selectionchange): the caret
   * is measured (which lays the page out) after an edit or when it moved, not three times.
   */
  let caretWas: readonly unknown[] = [];
  const follow = (edited: boolean) => {
    const caret = caretState(el, doc);
    if (!edited && caret.length === caretWas.length && caret.every((value, index) => value === caretWas[index])) return;
    caretWas = caret;
    place();
  };
  /** A scroll moves the caret on screen without moving it in the text: the next event measures again. */
  const forget = () => {
    caretWas = [];
  };
  return { position, place, follow, forget };
}
