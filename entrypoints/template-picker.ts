import { registerPicker } from '@/lib/content/features/templates/api';
import { createPickerApi } from '@/lib/content/features/templates/open';
import { connectContentSettings } from '@/lib/content/ui/locale';
import { PICKER_TEXT_PREFIXES } from '@/lib/content/ui/page-text-prefixes';
import { limitPageTexts } from '@/lib/content/ui/texts';

/**
 * The template picker's view (Preact), loaded when a box that takes templates gets focus (the
 * library and its folded words are read ahead by entrypoints/template-library.ts) or at the first
 * opening. Kept to what the picker's first paint needs, so evaluating it is a short task: X's
 * weighted length (twitter-text) is entrypoints/x-length.ts, loaded when a text needs it; Site
 * health, growth, Save as idea and the team's marks are entrypoints/page-tools.ts; the guard's UI
 * is entrypoints/guard-ui.ts. The background injects this bundle into the tab's isolated world (the
 * content scripts' world), where it registers itself on globals the content script reads. WXT
 * builds content scripts as single IIFE files, which cannot load a split chunk, hence unlisted scripts.
 */
export default defineUnlistedScript(() => {
  // Its own texts only: the whole catalogue is a long task to receive and check in the page.
  limitPageTexts(PICKER_TEXT_PREFIXES);
  connectContentSettings();
  registerPicker(createPickerApi());
});
