/**
 * The settings and the texts of the user's language as content scripts see them, kept live: the
 * texts are asked from the background (not bundled in every page), the settings read from storage.
 */
import { browser } from '@/lib/browser';
import { settingsAtStart, storedSettings } from '@/lib/content/stored-settings';
import { cell, watchCells } from '@/lib/content/ui/cell';
import { type Catalog, type Locale, type MessageKey, renderMessage, resolveLocale } from '@/lib/i18n/format';
import { sendToBackground } from '@/lib/messaging/content-sender';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';

export const pageSettings = cell<Settings>(DEFAULT_SETTINGS);
export const pageTexts = cell<Catalog | null>(null);
let connected = false;
/** The key prefixes of the texts this script asks for (all texts unless limited: UI loaded on first use shows many). */
let wanted: readonly string[] | undefined;
let settingsRead: Promise<unknown> = Promise.resolve();

export function pageLocale(): Locale {
  return resolveLocale(pageSettings.get().language, browser.i18n.getUILanguage());
}

/** Asks only for the texts whose keys start so (a content script: lib/content/ui/page-text-prefixes.ts); before connecting. */
export function limitPageTexts(prefixes: readonly string[]): void {
  wanted = prefixes;
}

/** Asks the background for the language's texts; set once connected. */
let askTexts: (() => void) | undefined;
let textsWanted = false;

/**
 * The texts are asked for on their first use (a UI about to show, `tr`, `pageTextsReady`), not
 * with the page: most page loads show no in-page text at all.
 */
export function wantPageTexts(): void {
  if (textsWanted) return;
  textsWanted = true;
  askTexts?.();
}

/** Starts following the settings, and the language's texts once wanted (once per script). */
export function connectPageTexts(): void {
  if (connected) return;
  connected = true;
  settingsRead = settingsAtStart().then((settings) => pageSettings.set(settings));
  storedSettings.watch((settings) => pageSettings.set(settings));
  let asked: Locale | null = null;
  askTexts = () => {
    if (!textsWanted) return;
    const locale = pageLocale();
    if (locale === asked) return;
    asked = locale;
    void sendToBackground('i18nCatalog', wanted ? { locale, prefixes: [...wanted] } : { locale }).then(
      (texts) => {
        if (pageLocale() === locale) pageTexts.set(texts as Catalog);
      },
      () => undefined,
    );
  };
  watchCells([pageSettings], askTexts);
}

/**
 * Resolves once the settings are read and the texts of the language have arrived (or after a
 * second at most): UI loaded on first use waits for it so it never shows empty or in the wrong theme.
 */
export async function pageTextsReady(): Promise<void> {
  wantPageTexts();
  const texts = new Promise<void>((resolve) => {
    if (pageTexts.get()) return resolve();
    const stop = pageTexts.subscribe(() => {
      stop();
      resolve();
    });
    setTimeout(() => {
      stop();
      resolve();
    }, 1000);
  });
  await Promise.all([settingsRead, texts]);
}

/**
 * Translates for in-page UI: an empty string until the texts arrive (asked for on this first
 * use); in-page UI follows `pageTexts` and shows once they are here.
 */
export function tr(key: MessageKey, substitutions?: readonly string[]): string {
  const texts = pageTexts.get();
  if (texts) return renderMessage(texts[key], key, substitutions);
  wantPageTexts();
  return '';
}
