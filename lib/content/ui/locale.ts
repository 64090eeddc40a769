import { computed, effect, signal } from '@preact/signals-core';
import { browser } from '@/lib/browser';
import { storedSettings } from '@/lib/content/stored-settings';
import { type Catalog, type MessageKey, renderMessage, resolveLocale } from '@/lib/i18n/format';
import { sendToBackground } from '@/lib/messaging/content-sender';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';

/** Settings as the in-page UI sees them, kept live. */
export const contentSettings = signal<Settings>(DEFAULT_SETTINGS);
/** The texts of the current language, asked from the background (not bundled in every page). */
const catalog = signal<Catalog | null>(null);
let connected = false;
let settingsRead: Promise<unknown> = Promise.resolve();

export const contentLocale = computed(() =>
  resolveLocale(contentSettings.value.language, browser.i18n.getUILanguage()),
);

/** Starts following the settings and loads the language's texts (once per content script). */
export function connectContentSettings(): void {
  if (connected) return;
  connected = true;
  settingsRead = storedSettings.read().then((settings) => {
    contentSettings.value = settings;
  });
  storedSettings.watch((settings) => {
    contentSettings.value = settings;
  });
  effect(() => {
    const locale = contentLocale.value;
    void sendToBackground('i18nCatalog', { locale }).then(
      (texts) => {
        if (contentLocale.peek() === locale) catalog.value = texts as Catalog;
      },
      () => undefined,
    );
  });
}

/**
 * Resolves once the settings are read and the texts of the language have arrived (or after a
 * second at most): UI loaded on first use waits for it so it never shows empty or in the wrong theme.
 */
export async function contentReady(): Promise<void> {
  const texts = new Promise<void>((resolve) => {
    if (catalog.peek()) return resolve();
    const stop = effect(() => {
      if (!catalog.value) return;
      resolve();
      queueMicrotask(() => stop());
    });
    setTimeout(() => {
      stop();
      resolve();
    }, 1000);
  });
  await Promise.all([settingsRead, texts]);
}

/**
 * Translates for in-page UI; reading it inside a component re-renders on a language switch and
 * when the texts arrive (an empty string until then: in-page UI only opens on a user action).
 */
export function tr(key: MessageKey, substitutions?: readonly string[]): string {
  const texts = catalog.value;
  return texts ? renderMessage(texts[key], key, substitutions) : '';
}
