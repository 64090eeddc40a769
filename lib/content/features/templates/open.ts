/**
 * One opening of the template picker on a reply box: the shadow host and its view, the library
 * and crisis mode read and followed, insertion, and closing. Its state is picker-state.ts, what
 * it takes from the page picker-events.ts. Part of the lazily loaded bundle
 * (entrypoints/template-picker.ts).
 */

import { effect } from '@preact/signals';
import { h, render } from 'preact';
import type { PickerRequest, TemplatePickerApi } from '@/lib/content/features/templates/api';
import { followCaret } from '@/lib/content/features/templates/caret-follow';
import { collapseToEnd, restoreSelection, saveSelection } from '@/lib/content/features/templates/caret-text';
import { showInsertFailure } from '@/lib/content/features/templates/failure-notice';
import { insertTemplate } from '@/lib/content/features/templates/insert';
import { watchLibraryInPage } from '@/lib/content/features/templates/library-in-page';
import { PickerView } from '@/lib/content/features/templates/picker';
import { listenToPage } from '@/lib/content/features/templates/picker-events';
import { createPickerState } from '@/lib/content/features/templates/picker-state';
import { readLibrary } from '@/lib/content/features/templates/read-library';
import { PICKER_CSS } from '@/lib/content/features/templates/styles';
import { setPickerOpen, warmQueue } from '@/lib/content/features/templates/warm-search';
import { connectContentSettings, contentSettings } from '@/lib/content/ui/locale';
import { createShadowHost } from '@/lib/content/ui/shadow-host';
import { readCrisisMode, watchCrisisMode } from '@/lib/crisis/store';
import { insertText } from '@/lib/dom/insert-text';
import { NETWORK_NAMES } from '@/lib/networks';
import type { Template } from '@/lib/templates/model';
import { prepareSearch } from '@/lib/templates/search-index';

function openSession(request: PickerRequest, onClosed: () => void): () => void {
  const { site, composer, via, trigger } = request;
  connectContentSettings();
  const { doc } = site;
  const el = composer.element;
  const host = createShadowHost(site.ctx, 'template-picker', PICKER_CSS, doc);
  const listeners = new AbortController();
  const state = createPickerState(request);
  const { templates, crisis, query, active, stage, fields, notice, ranked, total, selected, fieldLabels } = state;
  const { rendered, replaced, length } = state;
  const caret = followCaret(el, doc);
  setPickerOpen(true);
  // The box's own selection, for when focus goes to the picker's inputs.
  const saved = saveSelection(el, doc);

  // The library as the warm-up read it when storage has not changed since; the words of what it
  // did not fold yet are folded in idle slices while the user reads the list.
  const warm = warmQueue<Template>(listeners.signal, prepareSearch);
  void readLibrary().then((list) => {
    templates.value = list;
    for (const template of list) warm.push(template);
  });
  const unwatchTemplates = watchLibraryInPage((list) => {
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
    setPickerOpen(false);
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

  const onKey = listenToPage(
    request,
    host,
    state,
    caret,
    { move, choose, close, settled: () => closed || inserting },
    listeners.signal,
  );

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
      networkName: NETWORK_NAMES[site.adapter.network],
      notice,
      position: caret.position,
      onKey,
      onChoose: choose,
    }),
    host.container,
  );
  return () => close(true);
}

/** The picker's entry point, registered on the isolated world's global by its bundle. */
export function createPickerApi(): TemplatePickerApi {
  let closeCurrent: (() => void) | null = null;
  return {
    open(request) {
      closeCurrent?.();
      closeCurrent = openSession(request, () => {
        closeCurrent = null;
      });
    },
    isOpen: () => closeCurrent !== null,
    insertText,
  };
}
