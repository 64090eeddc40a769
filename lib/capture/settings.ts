/**
 * Capture settings: the tracked keywords, whether matching posts are highlighted, and the opt-in
 * switch that captures them automatically while the user browses. A versioned storage item,
 * validated when read (a small schema: every content script loads this module).
 */
import { storage } from '@wxt-dev/storage';
import { MAX_KEYWORD_LENGTH, MAX_KEYWORDS, parseKeywordList } from '@/lib/capture/keywords';
import { array, boolean, fallback, type Infer, object, string } from '@/lib/validation/small-schema';

export const captureSettingsSchema = object({
  keywords: fallback(array(string({ max: MAX_KEYWORD_LENGTH }), { max: MAX_KEYWORDS }), []),
  highlight: fallback(boolean(), true),
  /** Off by default: networks forbid automated collection unless the user chose it. */
  autoCapture: fallback(boolean(), false),
});

export type CaptureSettings = Infer<typeof captureSettingsSchema>;

export const DEFAULT_CAPTURE_SETTINGS: CaptureSettings = captureSettingsSchema.parse({});

export const captureSettingsItem = storage.defineItem<CaptureSettings>('local:captureSettings', {
  fallback: DEFAULT_CAPTURE_SETTINGS,
  version: 1,
});

/** Any stored value as valid settings, keeping each field that is still valid. */
export function parseCaptureSettings(value: unknown): CaptureSettings {
  return captureSettingsSchema.parse(value && typeof value === 'object' ? value : {});
}

export async function readCaptureSettings(): Promise<CaptureSettings> {
  return parseCaptureSettings(await captureSettingsItem.getValue());
}

/** Merges a change (keywords are cleaned the way the matcher reads them); every view sees it. */
export async function updateCaptureSettings(patch: Partial<CaptureSettings>): Promise<CaptureSettings> {
  const merged = { ...(await readCaptureSettings()), ...patch };
  const next = parseCaptureSettings({ ...merged, keywords: parseKeywordList(merged.keywords.join('\n')) });
  await captureSettingsItem.setValue(next);
  return next;
}

/** Calls back with valid settings on every change, from any context. Returns the unwatch. */
export function watchCaptureSettings(callback: (settings: CaptureSettings) => void): () => void {
  return captureSettingsItem.watch((value) => callback(parseCaptureSettings(value)));
}
