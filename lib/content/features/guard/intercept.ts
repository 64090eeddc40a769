import { now } from '@/lib/clock';
import { composerText } from '@/lib/content/composer-text';
import type { GuardDecision } from '@/lib/content/features/guard/dialog';
import { expectedAccountOf } from '@/lib/content/features/guard/expected';
import { accountLine } from '@/lib/content/features/guard/labels';
import { askGuardDecision, runUndoCountdown } from '@/lib/content/features/guard/lazy-ui';
import { guardAccounts, guardSettings } from '@/lib/content/features/guard/state';
import type { SiteContext } from '@/lib/content/site-context';
import { releaseSubmission, type Submission, submissionOf } from '@/lib/content/submission';
import type { AccountRole } from '@/lib/guard/accounts';
import { displayHandle, findRegistered } from '@/lib/guard/handles';
import { checkFailed, evaluateGuard, type GuardResult } from '@/lib/guard/rules';
import { undoSecondsFor } from '@/lib/guard/settings';
import { sendToBackground } from '@/lib/messaging/content-sender';
import type { GuardEventInput } from '@/lib/messaging/messages/guard';
import { guardChannel } from '@/lib/sites/box-kinds';

function isEditable(node: EventTarget | undefined): boolean {
  return node instanceof HTMLElement && (node.isContentEditable || node instanceof HTMLTextAreaElement);
}

function isControl(node: EventTarget | undefined): boolean {
  return node instanceof Element && node.closest('button, [role="button"], input[type="submit"]') !== null;
}

/** What the rules say about this submission; a failure of the guard itself is a finding too. */
function check(site: SiteContext, submission: Submission): GuardResult & { activeHandle: string | null } {
  try {
    const lookup = site.adapter.activeAccount(site.doc, site.pageState());
    const result = evaluateGuard({
      network: site.adapter.network,
      active: lookup.account,
      lookupError: lookup.reason,
      accounts: guardAccounts.get(),
      text: composerText(submission.composer),
      rules: guardSettings.get().rules,
      expectedAccount: expectedAccountOf(submission.composer.element),
      now: now(),
      channel: guardChannel(submission.composer.kind) ?? 'public',
    });
    return { ...result, activeHandle: lookup.account?.handle ?? null };
  } catch (error) {
    return { findings: [checkFailed(error instanceof Error ? error.message : String(error))], activeHandle: null };
  }
}

function record(event: GuardEventInput): void {
  void sendToBackground('recordGuardEvent', event).catch(() => undefined);
}

/**
 * Holds every submission (send click, Ctrl/Cmd+Enter, Enter where the site sends on Enter, form
 * submit) before the site's own handlers see it: window capture listeners run before any
 * listener on the document or the editor. A held submission is released once, on Send anyway,
 * by replaying it with a one-shot pass; Cancel leaves the text where it was. An account whose
 * role has an undo window holds every send for that long, through the same release.
 */
export function startInterception(site: SiteContext): void {
  let passing = false;
  let holding = false;
  const pass = (run: () => void) => {
    passing = true;
    try {
      run();
    } finally {
      passing = false;
    }
  };

  const find = (event: Event): Submission | null => {
    const target = event.composedPath()[0];
    if (event.type === 'submit' || (event.type === 'keydown' ? isEditable(target) : isControl(target))) {
      return submissionOf(site, event);
    }
    return null;
  };

  const onSubmitEvent = (event: Event) => {
    if (passing) return;
    if (event.type === 'keydown') {
      const key = event as KeyboardEvent;
      if (key.key !== 'Enter') return;
      // The template picker open on a box takes plain Enter to choose a template: nothing is sent.
      if (!key.ctrlKey && !key.metaKey && site.doc.querySelector('cm-companion-template-picker')) return;
    }
    let submission: Submission | null;
    try {
      submission = find(event);
    } catch {
      return;
    }
    // Search and other boxes send nothing anyone reads as the account: the guard stays out.
    if (!submission || guardChannel(submission.composer.kind) === null) return;
    if (holding) {
      // One question at a time: a second send while the dialog is open goes nowhere.
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    // The site sends nothing from an empty box; neither does the guard ask.
    if (!composerText(submission.composer).trim()) return;
    const result = check(site, submission);
    const undoSeconds = undoSecondsFor(guardSettings.get(), result.registered);
    if (result.findings.length === 0 && undoSeconds === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (result.findings.length === 0) void send(submission, event, result);
    else void hold(submission, event, result);
  };

  /**
   * Lets the held submission go: at once, or after the undo window of the account's role with
   * its countdown. Meanwhile the text is kept as a draft (the background's), dropped once the
   * post left or the user took it back; a page closed or navigated during the window sends
   * nothing and leaves the draft for the side panel.
   */
  const send = async (submission: Submission, event: Event, result: ReturnType<typeof check>) => {
    const seconds = undoSecondsFor(guardSettings.get(), result.registered);
    const { element } = submission.composer;
    if (seconds > 0) {
      holding = true;
      const id = crypto.randomUUID();
      const handle = result.activeHandle ?? '';
      void sendToBackground('holdUndoDraft', {
        id,
        network: site.adapter.network,
        handle: handle.slice(0, 300),
        text: composerText(submission.composer).slice(0, 20_000),
        url: site.doc.location.href.slice(0, 2000),
      }).catch(() => undefined);
      let outcome: Awaited<ReturnType<typeof runUndoCountdown>> = 'gone';
      try {
        outcome = await runUndoCountdown(site.ctx, { handle: displayHandle(handle), seconds }, site.doc);
      } finally {
        holding = false;
      }
      if (outcome === 'gone' || !element.isConnected) return;
      void sendToBackground('dropUndoDraft', { id }).catch(() => undefined);
      element.focus();
      if (outcome === 'undo') return;
    }
    if (!element.isConnected) return;
    element.focus();
    releaseSubmission(submission, event, pass);
  };

  const hold = async (submission: Submission, event: Event, result: ReturnType<typeof check>) => {
    holding = true;
    const network = site.adapter.network;
    const expected = expectedAccountOf(submission.composer.element);
    const base: Omit<GuardEventInput, 'type'> = {
      network,
      checkId: crypto.randomUUID(),
      rules: result.findings.map((finding) => finding.rule),
      activeHandle: result.activeHandle,
      ...(expected ? { expectedHandle: expected.handle } : {}),
      ...(result.registered ? { role: result.registered.role as AccountRole } : {}),
      path: submission.path.kind,
    };
    record({ ...base, type: 'guard-warning' });
    let decision: GuardDecision = 'cancel';
    try {
      const expectedRegistered = expected ? findRegistered(guardAccounts.get(), network, expected) : undefined;
      decision = await askGuardDecision(
        site.ctx,
        {
          findings: result.findings,
          active: result.activeHandle === null ? null : accountLine(result.activeHandle, result.registered),
          activeColour: result.registered?.colour,
          expected: expected ? accountLine(expected.handle, expectedRegistered) : undefined,
          canSwitch: site.adapter.accountSwitcher?.(site.doc) != null,
        },
        site.doc,
      );
    } finally {
      holding = false;
    }
    // What the apology kit needs if this was a mistake: where it went and what it said.
    const sentAnyway =
      decision === 'send-anyway'
        ? { url: site.doc.location.href.slice(0, 2000), excerpt: composerText(submission.composer).slice(0, 500) }
        : {};
    record({ ...base, type: 'guard-decision', decision, ...sentAnyway });
    const { element } = submission.composer;
    if (!element.isConnected) return;
    element.focus();
    if (decision === 'send-anyway') await send(submission, event, result);
    // The text stays in the box; the site's own switcher opens so the user can change account.
    if (decision === 'switch-account') site.adapter.accountSwitcher?.(site.doc)?.click();
  };

  for (const type of ['click', 'keydown', 'submit'] as const) {
    site.ctx.addEventListener(window, type, onSubmitEvent, { capture: true });
  }
}
