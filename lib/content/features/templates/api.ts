/**
 * The contract between the content script and the lazily loaded picker bundle
 * (entrypoints/template-picker.ts). Both run in the extension's isolated world on the page,
 * so the bundle registers its entry point on a global the content script reads.
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
   * The user is about to write in a box that takes templates: the library's words are folded in
   * idle slices now, so the first filter keystroke costs what the next ones cost.
   */
  prepare(site: SiteContext): void;
  /**
   * Insertion from this (isolated) world, for pages without the main-world bridge (Mastodon
   * servers): it lives in this lazily loaded bundle so every page does not carry it.
   */
  insertText: typeof insertText;
  /**
   * The team's marks on this page ("Léa is answering this"), for CMs signed in to a team: in this
   * bundle so a page without a team carries none of it (lib/content/features/capture/team-marks.ts).
   */
  team: (site: SiteContext) => void;
}

export const PICKER_GLOBAL = Symbol.for('cm-companion.template-picker');

type WithPicker = typeof globalThis & { [PICKER_GLOBAL]?: TemplatePickerApi };

export function registeredPicker(): TemplatePickerApi | undefined {
  return (globalThis as WithPicker)[PICKER_GLOBAL];
}

export function registerPicker(api: TemplatePickerApi): void {
  (globalThis as WithPicker)[PICKER_GLOBAL] ??= api;
}
