/**
 * The parts of translation that need no catalog: content scripts import only this, and get the
 * catalog of the chosen language from the background (see lib/content/ui/locale.ts), so the
 * two languages' texts are not bundled into every page.
 */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export type LanguageSetting = Locale | 'auto';
export type MessageKey = keyof typeof import('@/public/_locales/en/messages.json');

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Catalog = Record<string, MessageEntry>;

/** The language the UI shows: the user's choice, else the browser's when it is French, else English. */
export function resolveLocale(setting: LanguageSetting, uiLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Renders one message in the chrome.i18n format: named $placeholders$ mapped to $1…$9. */
export function renderMessage(entry: MessageEntry | undefined, key: string, substitutions: readonly string[] = []) {
  if (!entry) return key;
  const positional = (text: string) =>
    text.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
  return entry.message.replace(/\$([a-zA-Z0-9_]+)\$/g, (match, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
    return placeholder ? positional(placeholder.content) : match;
  });
}
