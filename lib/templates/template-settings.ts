/**
 * The template picker's own settings. Kept apart from the library so the content script that
 * watches for the trigger loads this tiny module only, not the templates or their schema (nor the
 * storage item, in settings-item.ts).
 */

/** Where they live in `storage.local`. */
export const TEMPLATE_SETTINGS_KEY = 'templateSettings';

export interface TemplateSettings {
  /** Typed in a reply box, opens the picker; what follows it filters. */
  trigger: string;
}

export const DEFAULT_TEMPLATE_SETTINGS: TemplateSettings = { trigger: ';;' };

/** A trigger is 1–5 visible characters with no spaces; anything else falls back to `;;`. */
export function parseTemplateSettings(value: unknown): TemplateSettings {
  const trigger = (value as { trigger?: unknown } | null)?.trigger;
  return typeof trigger === 'string' && /^\S{1,5}$/.test(trigger) ? { trigger } : DEFAULT_TEMPLATE_SETTINGS;
}
