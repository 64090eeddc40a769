// Every content script loads this module: a small schema, not zod (lib/validation/small-schema.ts).
import { array as arrayOf, fallback, type Infer, object, oneOf, string } from '@/lib/validation/small-schema';

/**
 * Settings as stored. Each field falls back to its default on its own when what is read back is
 * damaged, so one bad value never costs the user the rest of their settings.
 */
export const settingsSchema = object({
  language: fallback(oneOf(['auto', 'en', 'fr']), 'auto'),
  theme: fallback(oneOf(['auto', 'light', 'dark']), 'auto'),
  brandName: fallback(string({ max: 200 }), ''),
  toolbarOpens: fallback(oneOf(['popup', 'sidepanel']), 'popup'),
  mastodonInstances: fallback(arrayOf(string()), []),
});

export type Settings = Infer<typeof settingsSchema>;

/** Where the settings live in `storage.local`. */
export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Reads any stored value into valid settings, keeping every field that is still valid. */
export function parseSettings(value: unknown): Settings {
  return settingsSchema.parse(value && typeof value === 'object' ? value : {});
}
