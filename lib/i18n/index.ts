/**
 * Translation with the browser's _locales files as the single source, chosen at run time so the
 * user can switch language in Settings (browser.i18n only follows the browser's language).
 */
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export type LanguageSetting = Locale | 'auto';
export type MessageKey = keyof typeof en;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const CATALOGS: Record<Locale, Record<string, MessageEntry>> = { en, fr };

/** The language the UI shows: the user's choice, else the browser's when it is French, else English. */
export function resolveLocale(setting: LanguageSetting, uiLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Renders one message in the chrome.i18n format: named $placeholders$ mapped to $1…$9. */
export function translate(locale: Locale, key: MessageKey, substitutions: readonly string[] = []): string {
  const entry = CATALOGS[locale][key] ?? CATALOGS.en[key];
  if (!entry) return key;
  const positional = (text: string) =>
    text.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
  return entry.message.replace(/\$([a-zA-Z0-9_]+)\$/g, (match, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
    return placeholder ? positional(placeholder.content) : match;
  });
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

export function catalogEntry(locale: Locale, key: string): MessageEntry | undefined {
  return CATALOGS[locale][key];
}
