import { markAnswering } from '@/lib/content/features/capture/answering';
import { saveIdea } from '@/lib/content/features/capture/idea';
import { readProfile } from '@/lib/content/features/growth-read';
import { createPageDiagnosis } from '@/lib/content/page-diagnosis';
import { registerPageTools } from '@/lib/content/page-tools';
import { connectPageTexts, wantPageTexts } from '@/lib/content/ui/texts';

/**
 * The page tools, loaded on their first use (lib/content/page-tools.ts): Site health's layout check
 * and page structure, growth's profile readers and Save as idea, the team's marks. Apart from the
 * picker's view (entrypoints/template-picker.ts), which a box's focus loads. The background injects
 * this bundle into the tab's isolated world (the content scripts' world). WXT builds content
 * scripts as single IIFE files, which cannot load a split chunk, hence unlisted scripts.
 */
export default defineUnlistedScript(() => {
  connectPageTexts();
  wantPageTexts();
  registerPageTools({ createPageDiagnosis, readProfile, saveIdea, markAnswering });
});
