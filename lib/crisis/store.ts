/** Crisis mode and the detection's settings in extension storage: written by the background, read everywhere. */
import { storage } from '@wxt-dev/storage';
import { type CrisisSettings, parseCrisisSettings } from '@/lib/crisis/detect';
import { type CrisisMode, parseCrisisMode } from '@/lib/crisis/mode';

export const crisisModeItem = storage.defineItem<unknown>('local:crisisMode', { fallback: null, version: 1 });
export const crisisSettingsItem = storage.defineItem<unknown>('local:crisisSettings', { fallback: {}, version: 1 });

export async function readCrisisMode(): Promise<CrisisMode> {
  return parseCrisisMode(await crisisModeItem.getValue());
}

export async function writeCrisisMode(mode: CrisisMode): Promise<void> {
  await crisisModeItem.setValue(mode);
}

export function watchCrisisMode(callback: (mode: CrisisMode) => void): () => void {
  return crisisModeItem.watch((value) => callback(parseCrisisMode(value)));
}

export async function readCrisisSettings(): Promise<CrisisSettings> {
  return parseCrisisSettings(await crisisSettingsItem.getValue());
}

export async function writeCrisisSettings(settings: CrisisSettings): Promise<void> {
  await crisisSettingsItem.setValue(parseCrisisSettings(settings));
}

export function watchCrisisSettings(callback: (settings: CrisisSettings) => void): () => void {
  return crisisSettingsItem.watch((value) => callback(parseCrisisSettings(value)));
}
