/**
 * The page-UI bundle's view of the settings and texts (lib/content/ui/texts.ts) as signals, so its
 * Preact components re-render on a language or theme switch and when the texts arrive. Content
 * scripts use texts.ts directly; only this bundle pays for signals.
 */
import { computed, signal } from '@preact/signals-core';
import { browser } from '@/lib/browser';
import {
  connectPageTexts,
  pageSettings,
  pageTexts,
  pageTextsReady,
  tr as translate,
  wantPageTexts,
} from '@/lib/content/ui/texts';
import { type MessageKey, resolveLocale } from '@/lib/i18n/format';

/** Settings as the in-page UI sees them, kept live. */
export const contentSettings = signal(pageSettings.get());
const textsVersion = signal(0);

export const contentLocale = computed(() =>
  resolveLocale(contentSettings.value.language, browser.i18n.getUILanguage()),
);

let mirrored = false;

/** Starts following the settings and loads the language's texts (once per bundle). */
export function connectContentSettings(): void {
  connectPageTexts();
  // This bundle is loaded to show something: its texts are wanted now.
  wantPageTexts();
  if (mirrored) return;
  mirrored = true;
  pageSettings.subscribe(() => {
    contentSettings.value = pageSettings.get();
  });
  pageTexts.subscribe(() => {
    textsVersion.value += 1;
  });
  contentSettings.value = pageSettings.get();
}

export const contentReady = pageTextsReady;

/** Translates; reading it inside a component re-renders on a language switch and when the texts arrive. */
export function tr(key: MessageKey, substitutions?: readonly string[]): string {
  void textsVersion.value;
  return translate(key, substitutions);
}
