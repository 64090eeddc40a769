/**
 * The template picker's own settings. Kept apart from the library so the content script that
 * watches for the trigger loads this tiny module only, not the templates or their schema.
 */
import { storage } from '@wxt-dev/storage';

export interface TemplateSettings {
  /** Typed in a reply box, opens the picker; what follows it filters. */
  trigger: string;
}

export const DEFAULT_TEMPLATE_SETTINGS: TemplateSettings = { trigger: ';;' };

export const templateSettingsItem = storage.defineItem<TemplateSettings>('local:templateSettings', {
  fallback: DEFAULT_TEMPLATE_SETTINGS,
  version: 1,
});

/** A trigger is 1–5 visible characters with no spaces; anything else falls back to `;;`. */
export function parseTemplateSettings(value: unknown): TemplateSettings {
  const trigger = (value as { trigger?: unknown } | null)?.trigger;
  return typeof trigger === 'string' && /^\S{1,5}$/.test(trigger) ? { trigger } : DEFAULT_TEMPLATE_SETTINGS;
}

export async function readTemplateSettings(): Promise<TemplateSettings> {
  return parseTemplateSettings(await templateSettingsItem.getValue());
}

export function watchTemplateSettings(callback: (settings: TemplateSettings) => void): () => void {
  return templateSettingsItem.watch((value) => callback(parseTemplateSettings(value)));
}
