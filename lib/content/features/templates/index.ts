/**
 * Reply templates in the page: watches reply boxes for the trigger (`;;` by default) and listens
 * for the open-template-picker command, then opens the picker. The picker itself (its UI, the
 * library, ranking, rendering, length counting) is a separate bundle loaded on first use, so a
 * page where it is never opened pays only for this file.
 */
import { type PickerRequest, registeredPicker } from '@/lib/content/features/templates/api';
import { textBeforeCaret } from '@/lib/content/features/templates/caret-text';
import { loadPicker, loadTemplateLibrary } from '@/lib/content/features/templates/load';
import type { ContentFeature, SiteContext } from '@/lib/content/site-context';
import { takesTemplates } from '@/lib/sites/box-kinds';
import { closestAny } from '@/lib/sites/shared/query';
import type { Composer } from '@/lib/sites/types';
import { storedView } from '@/lib/storage/stored-view';
import {
  DEFAULT_TEMPLATE_SETTINGS,
  parseTemplateSettings,
  TEMPLATE_SETTINGS_KEY,
} from '@/lib/templates/template-settings';

/** The box node is in, when templates belong there (direct messages do; search boxes do not). */
function composerFor(site: SiteContext, node: EventTarget | null): Composer | null {
  if (!(node instanceof Node)) return null;
  const box = site.composerFrom(node);
  return box && takesTemplates(box.kind) ? box : null;
}

/** The box root node is in, found without reading the box (typing must cost the page nothing). */
function boxRoot(site: SiteContext, node: EventTarget | null): HTMLElement | null {
  const element = node instanceof Element ? node : node instanceof Node ? node.parentElement : null;
  return element ? closestAny(element, site.adapter.composerSelector) : null;
}

export const templatesFeature: ContentFeature = (site) => {
  let trigger = DEFAULT_TEMPLATE_SETTINGS.trigger;
  const stored = storedView(TEMPLATE_SETTINGS_KEY, parseTemplateSettings);
  void stored.read().then((settings) => {
    trigger = settings.trigger;
  });
  site.ctx.onInvalidated(stored.watch((settings) => (trigger = settings.trigger)));

  const open = async (request: Omit<PickerRequest, 'site' | 'trigger'>) => {
    const picker = await loadPicker();
    if (picker && !picker.isOpen()) picker.open({ ...request, site, trigger });
  };

  // Editors differ in which events typing fires (Draft.js and Lexical handle beforeinput and
  // may skip `input`), so both `input` and `keyup` are watched; opening is idempotent.
  const onTyping = (event: Event) => {
    if (registeredPicker()?.isOpen()) return;
    const root = boxRoot(site, event.composedPath()[0] ?? event.target);
    if (!root || !textBeforeCaret(root, site.doc)?.endsWith(trigger)) return;
    const composer = composerFor(site, root);
    if (composer) void open({ composer, via: 'trigger' });
  };
  site.ctx.addEventListener(site.doc, 'input', onTyping, { capture: true });
  site.ctx.addEventListener(site.doc, 'keyup', onTyping, { capture: true });

  // The user is about to write: the small library bundle is loaded and the library's words folded
  // in idle slices before the first filter keystroke needs them (once; a page nobody writes in
  // pays nothing). The picker's view is asked for at the same time: its evaluation is a task of
  // its own, and the first opening, often typed right after the focus, does not wait for it.
  let preparing = false;
  const onFocus = (event: FocusEvent) => {
    if (preparing) return;
    const root = boxRoot(site, event.composedPath()[0] ?? event.target);
    if (!root || !composerFor(site, root)) return;
    preparing = true;
    void loadTemplateLibrary().then((library) => library?.prepare(site.script.ctx.signal));
    void loadPicker();
  };
  site.ctx.addEventListener(site.doc, 'focusin', onFocus, { capture: true });

  site.onCommand('open-template-picker', async () => {
    const active = site.doc.activeElement;
    const composer =
      composerFor(site, active) ??
      site.lastComposer() ??
      site.allComposers().find((box) => box.element.isConnected && takesTemplates(box.kind));
    if (!composer) return;
    await open({ composer, via: 'command' });
  });
};
