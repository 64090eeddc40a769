/**
 * Translation with the browser's _locales files as the single source, chosen at run time so the
 * user can switch language in Settings (browser.i18n only follows the browser's language).
 */

import { type Catalog, type Locale, type MessageKey, renderMessage } from '@/lib/i18n/format';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';

export * from '@/lib/i18n/format';

const CATALOGS: Record<Locale, Catalog> = { en, fr };

/** The whole catalog of one language (the background sends it to content scripts). */
export function catalogOf(locale: Locale): Catalog {
  return CATALOGS[locale];
}

/** Renders one message of the chosen language, falling back to English, then to the key. */
export function translate(locale: Locale, key: MessageKey, substitutions: readonly string[] = []): string {
  return renderMessage(CATALOGS[locale][key] ?? CATALOGS.en[key], key, substitutions);
}

/** A count in words with the language's plural rule (French says "0 élément", English "0 items"). */
export function translateCount(locale: Locale, forms: { one: MessageKey; other: MessageKey }, count: number): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
  return translate(locale, form, [new Intl.NumberFormat(locale).format(count)]);
}

/** Every key of a catalog, for the test that keeps fr and en in step. */
export function catalogKeys(locale: Locale): string[] {
  return Object.keys(CATALOGS[locale]).sort();
}

export function catalogEntry(locale: Locale, key: string): Catalog[string] | undefined {
  return CATALOGS[locale][key];
}
