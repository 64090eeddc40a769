import { parseSettings, type Settings } from '@/lib/settings/schema';
import { settingsItem } from '@/lib/storage/items';

/** Settings as stored, validated on the way out. */
export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Merges a change into the stored settings; watchers in every view see it at once. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await readSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with validated settings on every change, from any context. Returns the unwatch. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}
