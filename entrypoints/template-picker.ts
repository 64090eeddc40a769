import { markAnswering } from '@/lib/content/features/capture/answering';
import { saveIdea } from '@/lib/content/features/capture/idea';
import { readProfile } from '@/lib/content/features/growth-read';
import { registerPicker } from '@/lib/content/features/templates/api';
import { createPickerApi } from '@/lib/content/features/templates/open';
import { registerPageDiagnosis } from '@/lib/content/lazy-diagnosis';
import { registerGrowthAndIdeas } from '@/lib/content/lazy-growth-ideas';
import { createPageDiagnosis } from '@/lib/content/page-diagnosis';
import { connectContentSettings } from '@/lib/content/ui/locale';

/**
 * The in-page UI that most pages never show, loaded on its first use: the template picker's view
 * (at its first opening; the library and its folded words are read ahead at focus by
 * entrypoints/template-library.ts), Site health's layout check and page structure, growth's
 * profile readers and Save as idea, the team's marks. The guard's UI is its own bundle
 * (entrypoints/guard-ui.ts). The background injects this bundle into the tab's isolated world
 * (the content scripts' world), where it registers itself on globals the content script reads.
 * WXT builds content scripts as single IIFE files, which cannot load a split chunk, hence
 * unlisted scripts.
 */
export default defineUnlistedScript(() => {
  connectContentSettings();
  registerPicker({ ...createPickerApi(), team: markAnswering });
  registerPageDiagnosis(createPageDiagnosis);
  registerGrowthAndIdeas({ readProfile, saveIdea });
});
