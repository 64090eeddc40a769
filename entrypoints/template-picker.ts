import { registerPicker } from '@/lib/content/features/templates/api';
import { createPickerApi } from '@/lib/content/features/templates/open';

/**
 * The in-page template picker, loaded on its first opening only: the background injects this
 * bundle into the tab's isolated world (the content scripts' world), where it registers itself
 * for the templates content feature. WXT builds content scripts as single IIFE files, which
 * cannot load a split chunk, hence an unlisted script.
 */
export default defineUnlistedScript(() => {
  registerPicker(createPickerApi());
});
