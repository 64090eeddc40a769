/** The template picker's settings as a versioned storage item, for the background and the extension's pages. */
import { storage } from '@wxt-dev/storage';
import {
  DEFAULT_TEMPLATE_SETTINGS,
  parseTemplateSettings,
  type TemplateSettings,
} from '@/lib/templates/template-settings';

export const templateSettingsItem = storage.defineItem<TemplateSettings>('local:templateSettings', {
  fallback: DEFAULT_TEMPLATE_SETTINGS,
  version: 1,
});

export async function readTemplateSettings(): Promise<TemplateSettings> {
  return parseTemplateSettings(await templateSettingsItem.getValue());
}

export function watchTemplateSettings(callback: (settings: TemplateSettings) => void): () => void {
  return templateSettingsItem.watch((value) => callback(parseTemplateSettings(value)));
}
