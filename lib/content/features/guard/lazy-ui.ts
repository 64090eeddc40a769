/**
 * The guard's dialog, its offer to register an account and the undo window's countdown are Preact
 * UI that most pages never show: they live in their own small bundle (entrypoints/guard-ui.ts)
 * that the background injects on first use, or when the user is about to write (a short task to
 * evaluate, unlike the picker's view). This is their side in every page: a few lines that load it.
 */

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DialogModel, GuardDecision } from '@/lib/content/features/guard/dialog';
import type { UndoModel, UndoOutcome } from '@/lib/content/features/guard/undo-countdown';
import { bundleGlobal, bundleLoader } from '@/lib/content/lazy-bundle';
import type { SiteContext } from '@/lib/content/site-context';
import { sendToBackground } from '@/lib/messaging/content-sender';
import type { ActiveAccount } from '@/lib/sites/types';

export interface RegisterNotice {
  show(account: ActiveAccount): void;
  hide(): void;
}

/** What the page-UI bundle gives the guard. */
export interface GuardUiApi {
  askGuardDecision(ctx: ContentScriptContext, model: DialogModel, doc?: Document): Promise<GuardDecision>;
  createRegisterNotice(site: SiteContext): RegisterNotice;
  runUndoCountdown(ctx: ContentScriptContext, model: UndoModel, doc?: Document): Promise<UndoOutcome>;
}

const guardUiGlobal = bundleGlobal<GuardUiApi>('guard-ui');
export const registerGuardUi = guardUiGlobal.register;

/** The guard's UI, loading its bundle once if it is not there yet. */
export const loadGuardUi = bundleLoader<GuardUiApi>(
  () => sendToBackground('loadGuardUi', {}),
  guardUiGlobal.registered,
  'guard dialog',
);

/**
 * The guard's question, in its dialog; if the bundle cannot be loaded, the browser's own
 * confirmation asks it (the post is held either way, the text never lost).
 */
export async function askGuardDecision(
  ctx: ContentScriptContext,
  model: DialogModel,
  doc: Document = document,
): Promise<GuardDecision> {
  const ui = await loadGuardUi();
  if (ui) return ui.askGuardDecision(ctx, model, doc);
  // The bundle could not be injected: the browser's own dialog, in English (the texts live in the bundle).
  const reasons = model.findings.map((finding) => finding.rule).join(', ');
  return doc.defaultView?.confirm(`CM Companion: ${reasons}. Send anyway?`) ? 'send-anyway' : 'cancel';
}

/**
 * The undo window's countdown. If the bundle cannot be loaded the send goes as it would without
 * an undo window: the user already pressed send and nothing else could show the countdown.
 */
export async function runUndoCountdown(
  ctx: ContentScriptContext,
  model: UndoModel,
  doc: Document = document,
): Promise<UndoOutcome> {
  const ui = await loadGuardUi();
  if (ctx.isInvalid) return 'gone';
  return ui ? ui.runUndoCountdown(ctx, model, doc) : 'send';
}

/** The offer to register an unknown account, loaded when it is first shown. */
export function lazyRegisterNotice(site: SiteContext): RegisterNotice {
  let notice: RegisterNotice | null = null;
  let wanted: ActiveAccount | null = null;
  return {
    show(account) {
      wanted = account;
      if (notice) return notice.show(account);
      void loadGuardUi().then((ui) => {
        if (!ui || wanted !== account || site.ctx.isInvalid) return;
        notice ??= ui.createRegisterNotice(site);
        notice.show(account);
      });
    },
    hide() {
      wanted = null;
      notice?.hide();
    },
  };
}
