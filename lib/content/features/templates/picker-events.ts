/**
 * What an open picker takes from the page: ↑/↓, Enter and Esc from its own inputs and, while the
 * trigger is being typed, from the box (which keeps focus); the filter and the caret followed as
 * the box changes; a click elsewhere, a navigation or Esc closes it. The site's own shortcuts
 * never see a key typed in the picker.
 */

import { batch, effect } from '@preact/signals';
import type { PickerRequest } from '@/lib/content/features/templates/api';
import type { followCaret } from '@/lib/content/features/templates/caret-follow';
import { queryAfterTrigger, textBeforeCaret } from '@/lib/content/features/templates/caret-text';
import { boxText } from '@/lib/content/features/templates/context';
import type { PickerState } from '@/lib/content/features/templates/picker-state';
import type { ShadowHost } from '@/lib/content/ui/shadow-host';

export interface PickerActions {
  move(step: number): void;
  choose(index: number): void;
  close(refocus: boolean): void;
  /** Closed, or a template being inserted: the box's changes are the insertion's. */
  settled(): boolean;
}

/** Listens until `signal` aborts; returns the key handler of the picker's own inputs (for the view). */
export function listenToPage(
  { site, composer, via, trigger }: PickerRequest,
  host: ShadowHost,
  state: PickerState,
  caret: ReturnType<typeof followCaret>,
  actions: PickerActions,
  signal: AbortSignal,
): (event: KeyboardEvent) => void {
  const { doc } = site;
  const el = composer.element;
  const { stage, query, active, text } = state;
  const on = <K extends keyof WindowEventMap>(
    target: Window | Document,
    type: K,
    listener: (event: WindowEventMap[K]) => void,
  ) => target.addEventListener(type, listener as EventListener, { capture: true, signal });

  /** ↑/↓/Enter/Esc in the search box or the fill-in fields. */
  const onKey = (event: KeyboardEvent) => {
    const target = event.composedPath()[0];
    if (event.key === 'Escape') actions.close(true);
    else if (stage.value === 'list' && event.key === 'ArrowDown') actions.move(1);
    else if (stage.value === 'list' && event.key === 'ArrowUp') actions.move(-1);
    else if (event.key === 'Enter' && !event.shiftKey) {
      const inputs = [...host.root.querySelectorAll<HTMLInputElement>('input[data-field]')];
      const at = inputs.indexOf(target as HTMLInputElement);
      if (stage.value === 'fields' && at !== -1 && at < inputs.length - 1) inputs[at + 1]?.focus();
      else actions.choose(active.value);
    } else return;
    event.preventDefault();
  };
  // Keys typed in the picker stay in it: the site's shortcuts (X's "n", "j"…) must not see them.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    host.host.addEventListener(type, (event) => event.stopPropagation(), { signal });
  }

  /** While the trigger is being typed, the box keeps focus: take only the picker's keys from it. */
  on(window, 'keydown', (event) => {
    if (stage.value !== 'list' || via !== 'trigger' || !(event.target instanceof Node) || !el.contains(event.target)) {
      return;
    }
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown') actions.move(1);
    else if (event.key === 'ArrowUp') actions.move(-1);
    else if (event.key === 'Enter' && !event.shiftKey) actions.choose(active.value);
    else if (event.key === 'Escape') actions.close(false);
    else return;
    event.preventDefault();
    event.stopImmediatePropagation();
  });
  const followBox = (event: Event) => {
    if (via !== 'trigger' || stage.value !== 'list' || actions.settled()) return;
    const next = queryAfterTrigger(textBeforeCaret(el, doc), trigger);
    if (next === null) {
      actions.close(false);
      return;
    }
    // An input event: the box changed (its text is read here, where the caret is measured anyway).
    const edited = event.type === 'input';
    if (next !== query.value || edited) {
      batch(() => {
        if (edited) text.value = boxText(composer);
        if (next !== query.value) {
          query.value = next;
          active.value = 0;
        }
      });
    }
    caret.follow(edited);
  };
  on(doc, 'input', followBox);
  on(doc, 'keyup', followBox);
  on(doc, 'selectionchange', followBox);
  on(doc, 'mousedown', (event) => {
    const target = event.target as Node | null;
    if (target !== host.host && !(target && el.contains(target))) actions.close(false);
  });
  on(window, 'wxt:locationchange' as 'resize', () => actions.close(false));
  on(window, 'resize', caret.place);
  on(doc, 'scroll', caret.forget);
  const stopReset = effect(() => {
    void query.value;
    if (via === 'command') active.value = 0;
  });
  signal.addEventListener('abort', stopReset);
  return onKey;
}
