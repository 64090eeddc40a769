import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DIALOG_CSS } from '@/lib/content/features/guard/styles';
import { contentSettings, tr } from '@/lib/content/ui/locale';
import { createShadowHost } from '@/lib/content/ui/shadow-host';
import type { GuardFinding } from '@/lib/guard/rules';
import type { MessageKey } from '@/lib/i18n/format';

export type GuardDecision = 'send-anyway' | 'cancel' | 'switch-account';

/** What the dialog shows: why it stopped the post, and who is posting versus who should. */
export interface DialogModel {
  findings: GuardFinding[];
  /** "@acme · Brand", or null when the page did not tell. */
  active: string | null;
  activeColour?: string;
  expected?: string;
  /** The site has an account switcher the dialog can open. */
  canSwitch?: boolean;
}

const FOCUSABLE = 'button:not([disabled]), [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

function GuardDialog({ model, decide }: { model: DialogModel; decide: (decision: GuardDecision) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const soft = model.findings.every((finding) => finding.severity === 'soft');
  const failed = model.findings.some((finding) => finding.rule === 'check-failed');
  const onKeyDown = (event: KeyboardEvent) => {
    // The page must not act on keys typed in the dialog (site shortcuts, its own Enter-to-send).
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      decide('cancel');
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const items = Array.from(box.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = items[0];
    const last = items.at(-1);
    const active =
      box.current.getRootNode() instanceof ShadowRoot ? (box.current.getRootNode() as ShadowRoot).activeElement : null;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    } else if (!items.includes(active as HTMLElement)) {
      event.preventDefault();
      first?.focus();
    }
  };
  return (
    <div class="backdrop">
      <div
        ref={box}
        class={`dialog ${soft ? 'is-soft' : ''}`}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="cmc-guard-title"
        aria-describedby="cmc-guard-reasons"
        data-testid="guard-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id="cmc-guard-title">
          {tr(failed ? 'guardDialogTitleFailed' : soft ? 'guardDialogTitleSoft' : 'guardDialogTitle')}
        </h2>
        <ul id="cmc-guard-reasons" class="reasons">
          {model.findings.map((finding) => (
            <li key={finding.key} data-rule={finding.rule}>
              {tr(finding.key as MessageKey, finding.params)}
            </li>
          ))}
        </ul>
        <dl class="accounts">
          <dt>{tr('guardDialogActive')}</dt>
          <dd>
            <span class="dot" style={{ background: model.activeColour ?? 'var(--cmc-muted)' }} aria-hidden="true" />
            {model.active ?? tr('guardDialogUnknownAccount')}
          </dd>
          {model.expected ? (
            <>
              <dt>{tr('guardDialogExpected')}</dt>
              <dd>{model.expected}</dd>
            </>
          ) : null}
        </dl>
        <div class="actions">
          <button ref={cancel} type="button" class="secondary" onClick={() => decide('cancel')}>
            {tr('guardCancel')}
          </button>
          {model.canSwitch ? (
            <button type="button" class="secondary" onClick={() => decide('switch-account')}>
              {tr('guardSwitchAccount')}
            </button>
          ) : null}
          <button type="button" class={soft ? 'primary' : 'danger'} onClick={() => decide('send-anyway')}>
            {tr('guardSendAnyway')}
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * Shows the guard's dialog in its own shadow root and resolves with the user's choice
 * (Esc = cancel). Focus stays inside until the choice is made.
 */
export function askGuardDecision(
  ctx: ContentScriptContext,
  model: DialogModel,
  doc = document,
): Promise<GuardDecision> {
  const surface = createShadowHost(ctx, 'guard-dialog', DIALOG_CSS, doc);
  surface.setTheme(contentSettings.value.theme);
  return new Promise((resolve) => {
    let done = false;
    const decide = (decision: GuardDecision) => {
      if (done) return;
      done = true;
      render(null, surface.container);
      surface.remove();
      resolve(decision);
    };
    ctx.onInvalidated(() => decide('cancel'));
    render(<GuardDialog model={model} decide={decide} />, surface.container);
  });
}
