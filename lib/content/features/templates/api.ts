/**
 * The contract between the content script and the two lazily loaded picker bundles: the small
 * template library (entrypoints/template-library.ts, loaded when a box that takes templates gets
 * focus) and the picker's view (entrypoints/template-picker.ts, loaded at the first opening).
 * All run in the extension's isolated world on the page, so each bundle registers its entry
 * point on a global the content script reads.
 */

import type { SiteContext } from '@/lib/content/site-context';
import type { insertText } from '@/lib/dom/insert-text';
import type { Composer } from '@/lib/sites/types';

export interface PickerRequest {
  site: SiteContext;
  composer: Composer;
  /** How it was opened: typing the trigger in the box, or the keyboard command. */
  via: 'trigger' | 'command';
  trigger: string;
}

export interface TemplatePickerApi {
  open(request: PickerRequest): void;
  isOpen(): boolean;
  /**
   * Insertion from this (isolated) world, for pages without the main-world bridge (Mastodon
   * servers): it lives in this lazily loaded bundle so every page does not carry it.
   */
  insertText: typeof insertText;
}

export interface TemplateLibraryApi {
  /**
   * The user is about to write in a box that takes templates: the library is read and its words
   * folded in idle slices now (until `signal` aborts), so the first filter keystroke costs what
   * the next ones cost.
   */
  prepare(signal: AbortSignal): void;
}

export const PICKER_GLOBAL = Symbol.for('cm-companion.template-picker');
export const LIBRARY_GLOBAL = Symbol.for('cm-companion.template-library');

type WithBundles = typeof globalThis & {
  [PICKER_GLOBAL]?: TemplatePickerApi;
  [LIBRARY_GLOBAL]?: TemplateLibraryApi;
};

export function registeredPicker(): TemplatePickerApi | undefined {
  return (globalThis as WithBundles)[PICKER_GLOBAL];
}

export function registerPicker(api: TemplatePickerApi): void {
  (globalThis as WithBundles)[PICKER_GLOBAL] ??= api;
}

export function registeredLibrary(): TemplateLibraryApi | undefined {
  return (globalThis as WithBundles)[LIBRARY_GLOBAL];
}

export function registerLibrary(api: TemplateLibraryApi): void {
  (globalThis as WithBundles)[LIBRARY_GLOBAL] ??= api;
}
