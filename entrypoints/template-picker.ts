import { markAnswering } from '@/lib/content/features/capture/answering';
import { saveIdea } from '@/lib/content/features/capture/idea';
import { readProfile } from '@/lib/content/features/growth-read';
import { askGuardDecision } from '@/lib/content/features/guard/dialog';
import { registerGuardUi } from '@/lib/content/features/guard/lazy-ui';
import { createRegisterNotice } from '@/lib/content/features/guard/notice';
import { runUndoCountdown } from '@/lib/content/features/guard/undo-countdown';
import { registerPicker } from '@/lib/content/features/templates/api';
import { createPickerApi } from '@/lib/content/features/templates/open';
import { registerPageDiagnosis } from '@/lib/content/lazy-diagnosis';
import { registerGrowthAndIdeas } from '@/lib/content/lazy-growth-ideas';
import { createPageDiagnosis } from '@/lib/content/page-diagnosis';
import { connectContentSettings, contentReady } from '@/lib/content/ui/locale';

/**
 * The in-page UI that most pages never show, loaded on its first use: the template picker, the
 * account guard's dialog and its offer to register an account, the undo window's countdown, Site
 * health's layout check and page structure, growth's profile readers and Save as idea. Loaded on its first opening only: the background injects this
 * bundle into the tab's isolated world (the content scripts' world), where it registers itself
 * for the templates content feature. WXT builds content scripts as single IIFE files, which
 * cannot load a split chunk, hence an unlisted script.
 */
export default defineUnlistedScript(() => {
  connectContentSettings();
  registerPicker({ ...createPickerApi(), team: markAnswering });
  registerPageDiagnosis(createPageDiagnosis);
  registerGrowthAndIdeas({ readProfile, saveIdea });
  registerGuardUi({
    // Shown only once the settings and texts are here: never empty, never in the wrong theme.
    askGuardDecision: async (ctx, model, doc) => {
      await contentReady();
      return askGuardDecision(ctx, model, doc);
    },
    runUndoCountdown: async (ctx, model, doc) => {
      await contentReady();
      return ctx.isInvalid ? 'gone' : runUndoCountdown(ctx, model, doc);
    },
    createRegisterNotice: (site) => {
      const notice = createRegisterNotice(site);
      let wanted: unknown = null;
      return {
        show(account) {
          wanted = account;
          void contentReady().then(() => wanted === account && notice.show(account));
        },
        hide() {
          wanted = null;
          notice.hide();
        },
      };
    },
  });
});
