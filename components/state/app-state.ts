import { computed, effect, signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type MessageKey, resolveLocale, translate, translateCount } from '@/lib/i18n';
import { firstDayOfWeek, weekLocale } from '@/lib/i18n/week-start';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';

/** Signals shared by every component of a page (popup or side panel). */
export function createAppState(uiLanguage: string) {
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const settingsLoaded = signal(false);
  const locale = computed(() => resolveLocale(settings.value.language, uiLanguage));
  /** Reading `locale` here subscribes the calling component, so it re-renders on a switch. */
  const t = (key: MessageKey, substitutions?: readonly string[]) => translate(locale.value, key, substitutions);
  const tCount = (forms: { one: MessageKey; other: MessageKey }, count: number) =>
    translateCount(locale.value, forms, count);
  /** The first day of the week where the UI language is spoken (Monday in fr, Sunday in en-US). */
  const weekStart = computed(() => firstDayOfWeek(weekLocale(locale.value, uiLanguage)));
  return { settings, settingsLoaded, locale, weekStart, t, tCount };
}

export type AppState = ReturnType<typeof createAppState>;

/** Keeps <html lang> and the theme attribute in step with the settings. Returns the disposer. */
export function applyDocumentSettings(state: AppState, root: HTMLElement): () => void {
  return effect(() => {
    root.lang = state.locale.value;
    const { theme } = state.settings.value;
    if (theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = theme;
  });
}

export const AppStateContext = createContext<AppState | null>(null);

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('AppStateContext is missing');
  return state;
}
