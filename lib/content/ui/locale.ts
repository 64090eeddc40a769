import { computed, signal } from '@preact/signals';
import { browser } from '../../browser';
import { type MessageKey, resolveLocale, translate } from '../../i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { readSettings, watchSettings } from '../../settings/store';

/** Settings as the in-page UI sees them, kept live. */
export const contentSettings = signal<Settings>(DEFAULT_SETTINGS);
let connected = false;

/** Starts following the settings (once per content script). */
export function connectContentSettings(): void {
  if (connected) return;
  connected = true;
  void readSettings().then((settings) => {
    contentSettings.value = settings;
  });
  watchSettings((settings) => {
    contentSettings.value = settings;
  });
}

export const contentLocale = computed(() =>
  resolveLocale(contentSettings.value.language, browser.i18n.getUILanguage()),
);

/** Translates for in-page UI; reading it inside a component re-renders on a language switch. */
export function tr(key: MessageKey, substitutions?: readonly string[]): string {
  return translate(contentLocale.value, key, substitutions);
}
