import type { AppState } from '@/components/state/app-state';
import type { Settings } from '@/lib/settings/schema';
import { readSettings, updateSettings, watchSettings } from '@/lib/settings/store';

/** Loads settings into the state and follows every later change live. Returns the unwatch. */
export function connectSettings(state: AppState): () => void {
  void readSettings().then((settings) => {
    state.settings.value = settings;
    state.settingsLoaded.value = true;
  });
  return watchSettings((settings) => {
    state.settings.value = settings;
  });
}

/** Saves a change; the watcher above brings it back into this view and every other one. */
export async function saveSettings(state: AppState, patch: Partial<Settings>): Promise<void> {
  state.settings.value = await updateSettings(patch);
}
