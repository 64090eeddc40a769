// zod/mini: this module is loaded by every content script, so it stays small.
import { z } from 'zod/mini';

/**
 * Settings as stored. Each field falls back to its default on its own when what is read back is
 * damaged, so one bad value never costs the user the rest of their settings.
 */
export const settingsSchema = z.object({
  language: z.catch(z.enum(['auto', 'en', 'fr']), 'auto'),
  theme: z.catch(z.enum(['auto', 'light', 'dark']), 'auto'),
  brandName: z.catch(z.string().check(z.maxLength(200)), ''),
  toolbarOpens: z.catch(z.enum(['popup', 'sidepanel']), 'popup'),
  mastodonInstances: z.catch(z.array(z.string()), []),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Reads any stored value into valid settings, keeping every field that is still valid. */
export function parseSettings(value: unknown): Settings {
  return settingsSchema.parse(value && typeof value === 'object' ? value : {});
}
