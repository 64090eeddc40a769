import { askGuardDecision } from '@/lib/content/features/guard/dialog';
import { registerGuardUi } from '@/lib/content/features/guard/lazy-ui';
import { createRegisterNotice } from '@/lib/content/features/guard/notice';
import { runUndoCountdown } from '@/lib/content/features/guard/undo-countdown';
import { connectContentSettings, contentReady } from '@/lib/content/ui/locale';
import { GUARD_UI_TEXT_PREFIXES } from '@/lib/content/ui/page-text-prefixes';
import { limitPageTexts } from '@/lib/content/ui/texts';

/**
 * The account guard's in-page UI, loaded on its first use or when the user is about to write in
 * a page with the guard on (lib/content/features/guard/lazy-ui.ts): its dialog, its offer to
 * register an account and the undo window's countdown. A bundle of its own, apart from the
 * picker's view (entrypoints/template-picker.ts), so evaluating it at focus is a short task.
 * The background injects it into the tab's isolated world (the content scripts' world).
 */
export default defineUnlistedScript(() => {
  // Its own texts only: the whole catalogue is a long task to receive and check in the page.
  limitPageTexts(GUARD_UI_TEXT_PREFIXES);
  connectContentSettings();
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
