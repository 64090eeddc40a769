/** The capture settings' versioned storage item, for the background and the extension's pages. */
import { storage } from '@wxt-dev/storage';
import { parseKeywordList } from '@/lib/capture/keywords';
import { type CaptureSettings, DEFAULT_CAPTURE_SETTINGS, parseCaptureSettings } from '@/lib/capture/settings';

export const captureSettingsItem = storage.defineItem<CaptureSettings>('local:captureSettings', {
  fallback: DEFAULT_CAPTURE_SETTINGS,
  version: 1,
});

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
