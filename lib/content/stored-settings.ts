import { parseSettings, SETTINGS_KEY } from '@/lib/settings/schema';
import { storedView } from '@/lib/storage/stored-view';

/** The settings as content scripts read them (the background and the extension's pages write them). */
export const storedSettings = storedView(SETTINGS_KEY, parseSettings);
