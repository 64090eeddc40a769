import type { Settings } from '@/lib/settings/schema';
import { parseSettings, SETTINGS_KEY } from '@/lib/settings/schema';
import { storedView } from '@/lib/storage/stored-view';

/** The settings as content scripts read them (the background and the extension's pages write them). */
export const storedSettings = storedView(SETTINGS_KEY, parseSettings);

let firstRead: Promise<Settings> | undefined;

/** The settings as the script found them at its start: read and checked once for all its parts (later changes come through `watch`). */
export function settingsAtStart(): Promise<Settings> {
  firstRead ??= storedSettings.read();
  return firstRead;
}
