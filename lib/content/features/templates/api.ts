/**
 * The contract between the content script and the two lazily loaded picker bundles: the small
 * template library (entrypoints/template-library.ts, loaded when a box that takes templates gets
 * focus) and the picker's view (entrypoints/template-picker.ts, loaded at the first opening).
 * All run in the extension's isolated world on the page, so each bundle registers its entry
 * point on a global the content script reads.
 */

import { bundleGlobal } from '@/lib/content/lazy-bundle';
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

export const { register: registerPicker, registered: registeredPicker } =
  bundleGlobal<TemplatePickerApi>('template-picker');
export const { register: registerLibrary, registered: registeredLibrary } =
  bundleGlobal<TemplateLibraryApi>('template-library');
