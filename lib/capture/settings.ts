/**
 * Capture settings: the tracked keywords, whether matching posts are highlighted, and the opt-in
 * switch that captures them automatically while the user browses. Validated when read (a small
 * schema: every content script loads this module); the storage item is in settings-store.ts.
 */
import { MAX_KEYWORD_LENGTH, MAX_KEYWORDS } from '@/lib/capture/keywords';
import { array, boolean, fallback, type Infer, object, string } from '@/lib/validation/small-schema';

export const captureSettingsSchema = object({
  keywords: fallback(array(string({ max: MAX_KEYWORD_LENGTH }), { max: MAX_KEYWORDS }), []),
  highlight: fallback(boolean(), true),
  /** Off by default: networks forbid automated collection unless the user chose it. */
  autoCapture: fallback(boolean(), false),
});

export type CaptureSettings = Infer<typeof captureSettingsSchema>;

export const DEFAULT_CAPTURE_SETTINGS: CaptureSettings = captureSettingsSchema.parse({});

/** Where the capture settings live in `storage.local`. */
export const CAPTURE_SETTINGS_KEY = 'captureSettings';

/** Any stored value as valid settings, keeping each field that is still valid. */
export function parseCaptureSettings(value: unknown): CaptureSettings {
  return captureSettingsSchema.parse(value && typeof value === 'object' ? value : {});
}
