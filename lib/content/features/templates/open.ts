/**
 * One opening of the template picker on a reply box: its state as signals, the keys it takes
 * from the box (↑/↓, Enter, Esc while the trigger is being typed), the filter read from the
 * box, and insertion. Part of the lazily loaded bundle (entrypoints/template-picker.ts).
 */

import { batch, computed, effect, signal } from '@preact/signals';
import { h, render } from 'preact';
import { now } from '@/lib/clock';
import type { PickerRequest, TemplatePickerApi } from '@/lib/content/features/templates/api';
import {
  collapseToEnd,
  queryAfterTrigger,
  restoreSelection,
  saveSelection,
  textBeforeCaret,
} from '@/lib/content/features/templates/caret-text';
import { boxText, existingText, renderContextFor } from '@/lib/content/features/templates/context';
import { showInsertFailure } from '@/lib/content/features/templates/failure-notice';
import { insertTemplate } from '@/lib/content/features/templates/insert';
import { PickerView } from '@/lib/content/features/templates/picker';
import { caretRect, caretState, placePanel } from '@/lib/content/features/templates/position';
import { PICKER_CSS } from '@/lib/content/features/templates/styles';
import { warmLibrarySearch, warmQueue } from '@/lib/content/features/templates/warm-search';
import { connectContentSettings, contentLocale, contentSettings } from '@/lib/content/ui/locale';
import { createShadowHost } from '@/lib/content/ui/shadow-host';
import { readCrisisMode, watchCrisisMode } from '@/lib/crisis/store';
import { insertText } from '@/lib/dom/insert-text';
import { NETWORK_NAMES } from '@/lib/networks';
import type { Template } from '@/lib/templates/model';
import { filterRanked, rankByContext } from '@/lib/templates/rank';
import { prepareSearch } from '@/lib/templates/search-index';
import { readTemplates, watchTemplates } from '@/lib/templates/store';
import { fieldsOf, renderTemplate } from '@/lib/templates/variables';
import { checkLength } from '@/lib/text/length';

/** How many templates the picker lists at most; the filter finds the others. */
export const PICKER_SHOWN = 50;

const PANEL = { width: 380, height: 360 };

function openSession({ site, composer, via, trigger }: PickerRequest, onClosed: () => void): () => void {
  connectContentSettings();
  const { doc } = site;
  const el = composer.element;
  const network = site.adapter.network;
  const host = createShadowHost(site.ctx, 'template-picker', PICKER_CSS, doc);
  const listeners = new AbortController();
  const on = <K extends keyof WindowEventMap>(
    target: Window | Document,
    type: K,
    listener: (event: WindowEventMap[K]) => void,
  ) => target.addEventListener(type, listener as EventListener, { capture: true, signal: listeners.signal });

  const templates = signal<Template[]>([]);
  const crisis = signal(false);
  const query = signal(via === 'trigger' ? (queryAfterTrigger(textBeforeCaret(el, doc), trigger) ?? '') : '');
  const active = signal(0);
  const stage = signal<'list' | 'fields'>('list');
  const fields = signal<Record<string, string>>({});
  const notice = signal<string | null>(null);
  const position = signal(placePanel(caretRect(el, doc), PANEL, { width: innerWidth, height: innerHeight }));
  const place = () => {
    const next = placePanel(caretRect(el, doc), PANEL, { width: innerWidth, height: innerHeight });
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
  // The box's own selection, for when focus goes to the picker's inputs.
  const saved = saveSelection(el, doc);

  // In context order once per opening (and when the library or crisis mode changes); each keystroke only filters.
  const inContext = computed(() =>
    rankByContext(templates.value, {
      network,
      answeringText: composer.answering?.text,
      now: now(),
      crisis: crisis.value,
    }),
  );
  const matching = computed(() => filterRanked(inContext.value, query.value));
  // The best few are listed (typing narrows the rest): a library of thousands costs a keystroke
  // nothing. The same rows keep the same list, so a keystroke that leaves them renders no row.
  let shown: Template[] = [];
  const ranked = computed(() => {
    const next = matching.value.slice(0, PICKER_SHOWN);
    if (next.length !== shown.length || next.some((template, index) => template !== shown[index])) shown = next;
    return shown;
  });
  const total = computed(() => matching.value.length);
  const selected = computed<Template | undefined>(() => ranked.value[active.value]);
  const fieldLabels = computed(() => (selected.value ? fieldsOf(selected.value.body) : []));
  const rendered = computed(() => {
    const template = selected.value;
    if (!template) return null;
    const ctx = renderContextFor(site, composer, contentSettings.value.brandName, contentLocale.value, fields.value);
    return renderTemplate(template.body, ctx);
  });
  const replaced = () => (via === 'trigger' ? `${trigger}${query.value}` : '');
  // The box's text, read when it changes (an input event, where the page is laid out already for
  // the caret), not while the picker renders.
  const text = signal(boxText(composer));
  let counted = checkLength(network, '', composer.kind);
  const length = computed(() => {
    const next = checkLength(
      network,
      existingText(text.value, replaced()) + (rendered.value?.text ?? ''),
      composer.kind,
    );
    // The same count keeps the same value: a filter keystroke leaves the preview and the count alone.
    if (next.count !== counted.count || next.limit !== counted.limit || next.remaining !== counted.remaining) {
      counted = next;
    }
    return counted;
  });

  // The templates' words are folded in idle slices while the user reads the list, not on their first keystroke.
  const warm = warmQueue<Template>(listeners.signal, prepareSearch);
  void readTemplates().then((list) => {
    templates.value = list;
    for (const template of list) warm.push(template);
  });
  const unwatchTemplates = watchTemplates((list) => {
    templates.value = list;
  });
  void readCrisisMode().then((mode) => {
    crisis.value = mode.on;
  });
  const unwatchCrisis = watchCrisisMode((mode) => {
    crisis.value = mode.on;
  });
  const unwatch = () => {
    unwatchTemplates();
    unwatchCrisis();
  };
  const stopTheme = effect(() => host.setTheme(contentSettings.value.theme));

  let closed = false;
  let inserting = false;
  const close = (refocus: boolean) => {
    if (closed) return;
    closed = true;
    listeners.abort();
    unwatch();
    stopTheme();
    render(null, host.container);
    host.remove();
    if (refocus && doc.activeElement !== el && !el.contains(doc.activeElement)) {
      el.focus({ preventScroll: true });
      restoreSelection(el, saved, doc);
    }
    onClosed();
  };

  const move = (step: number) => {
    const count = ranked.value.length;
    if (count > 0) active.value = (active.value + step + count) % count;
  };
  const insert = async () => {
    const template = selected.value;
    const result = rendered.value;
    if (!template || !result || inserting) return;
    // The picker stays until the caret is placed: it closes on its own once the box changes.
    inserting = true;
    const outcome = await insertTemplate({
      site,
      composer,
      text: result.text,
      caret: result.caret,
      replace: replaced(),
      saved,
      templateId: template.id,
      via,
    });
    inserting = false;
    if (outcome.ok) {
      close(false);
      return;
    }
    // The box is as the user left it (insertText undid every attempt): the caret goes back after
    // what they typed, never leaving the trigger selected for the next key to replace.
    close(false);
    collapseToEnd(el, doc);
    showInsertFailure(site.ctx, el, outcome.copiedToClipboard, doc);
  };
  const choose = (index: number) => {
    active.value = index;
    if (!selected.value) return;
    if (stage.value === 'list' && fieldLabels.value.length > 0) stage.value = 'fields';
    else void insert();
  };

  /** ↑/↓/Enter/Esc in the search box or the fill-in fields. */
  const onKey = (event: KeyboardEvent) => {
    const target = event.composedPath()[0];
    if (event.key === 'Escape') close(true);
    else if (stage.value === 'list' && event.key === 'ArrowDown') move(1);
    else if (stage.value === 'list' && event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter' && !event.shiftKey) {
      const inputs = [...host.root.querySelectorAll<HTMLInputElement>('input[data-field]')];
      const at = inputs.indexOf(target as HTMLInputElement);
      if (stage.value === 'fields' && at !== -1 && at < inputs.length - 1) inputs[at + 1]?.focus();
      else choose(active.value);
    } else return;
    event.preventDefault();
  };
  // Keys typed in the picker stay in it: the site's shortcuts (X's "n", "j"…) must not see them.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    host.host.addEventListener(type, (event) => event.stopPropagation(), { signal: listeners.signal });
  }

  /** While the trigger is being typed, the box keeps focus: take only the picker's keys from it. */
  on(window, 'keydown', (event) => {
    if (stage.value !== 'list' || via !== 'trigger' || !(event.target instanceof Node) || !el.contains(event.target)) {
      return;
    }
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter' && !event.shiftKey) choose(active.value);
    else if (event.key === 'Escape') close(false);
    else return;
    event.preventDefault();
    event.stopImmediatePropagation();
  });
  const followBox = (event: Event) => {
    if (via !== 'trigger' || stage.value !== 'list' || closed || inserting) return;
    const next = queryAfterTrigger(textBeforeCaret(el, doc), trigger);
    if (next === null) {
      close(false);
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
    follow(edited);
  };
  on(doc, 'input', followBox);
  on(doc, 'keyup', followBox);
  on(doc, 'selectionchange', followBox);
  on(doc, 'mousedown', (event) => {
    const target = event.target as Node | null;
    if (target !== host.host && !(target && el.contains(target))) close(false);
  });
  on(window, 'wxt:locationchange' as 'resize', () => close(false));
  on(window, 'resize', place);
  // A scroll moves the caret on screen without moving it in the text: the next event measures again.
  on(doc, 'scroll', () => {
    caretWas = [];
  });
  const stopReset = effect(() => {
    void query.value;
    if (via === 'command') active.value = 0;
  });
  listeners.signal.addEventListener('abort', stopReset);

  render(
    h(PickerView, {
      via,
      trigger,
      query,
      ranked,
      total,
      active,
      stage,
      fieldLabels,
      fields,
      rendered,
      length,
      networkName: NETWORK_NAMES[network],
      notice,
      position,
      onKey,
      onChoose: choose,
    }),
    host.container,
  );
  return () => close(true);
}

/** The picker's entry point, registered on the isolated world's global by its bundle. */
export function createPickerApi(): Omit<TemplatePickerApi, 'team'> {
  let closeCurrent: (() => void) | null = null;
  return {
    open(request) {
      closeCurrent?.();
      closeCurrent = openSession(request, () => {
        closeCurrent = null;
      });
    },
    isOpen: () => closeCurrent !== null,
    prepare: (site) => warmLibrarySearch(site.script.ctx.signal),
    insertText,
  };
}
