import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { CommandKey } from '@/components/onboarding/keys';
import { NetworkLinks } from '@/components/onboarding/network-links';
import { useChecklist } from '@/components/onboarding/use-checklist';
import { useAppState } from '@/components/state/app-state';
import { useNavigate } from '@/components/state/navigation';
import type { MessageKey } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import type { ChecklistStep } from '@/lib/onboarding/checklist';
import { openShortcutSettings } from '@/lib/shortcuts';

const TITLES: Record<ChecklistStep, MessageKey> = {
  brand: 'checklistBrandTitle',
  accounts: 'checklistAccountsTitle',
  template: 'checklistTemplateTitle',
  capture: 'checklistCaptureTitle',
};

function KeyLine({ children, label }: { children: ComponentChildren; label: MessageKey }) {
  const { t } = useAppState();
  return (
    <li>
      {children} {t(label)}
    </li>
  );
}

/** What to do for a step that is not done yet: one sentence, its keys, and the button or links. */
function StepHelp({
  step,
  trigger,
  shortcuts,
}: {
  step: ChecklistStep;
  trigger: string;
  shortcuts: Record<string, string>;
}) {
  const { t } = useAppState();
  const navigate = useNavigate();
  switch (step) {
    case 'brand':
      return (
        <>
          <p class="muted">{t('checklistBrandHelp')}</p>
          <button type="button" onClick={() => navigate('settings', 'input[name="brandName"]')}>
            {t('checklistBrandAction')}
          </button>
        </>
      );
    case 'accounts':
      return (
        <>
          <p class="muted">{t('checklistAccountsHelp')}</p>
          <NetworkLinks />
          <button type="button" onClick={() => navigate('accounts')}>
            {t('checklistAccountsAction')}
          </button>
        </>
      );
    case 'template':
      return (
        <>
          <p class="muted">{t('checklistTemplateHelp')}</p>
          <ul class="key-lines">
            <KeyLine label="checklistKeyTrigger">
              <kbd>{trigger}</kbd>
            </KeyLine>
            <KeyLine label="checklistKeyPicker">
              <CommandKey combo={shortcuts['open-template-picker']} />
            </KeyLine>
          </ul>
          <button type="button" onClick={() => navigate('templates')}>
            {t('checklistTemplateAction')}
          </button>
        </>
      );
    case 'capture':
      return (
        <>
          <p class="muted">{t('checklistCaptureHelp')}</p>
          <ul class="key-lines">
            <KeyLine label="checklistKeyCapture">
              <CommandKey combo={shortcuts['capture-post']} />
            </KeyLine>
          </ul>
        </>
      );
  }
}

/**
 * The first-run checklist (loaded by the gate in checklist-gate.tsx while it is wanted). Once
 * every step is done it tells the background, and leaves for good.
 */
export function Checklist() {
  const { t } = useAppState();
  const { state, shortcuts, trigger } = useChecklist();
  /** The step whose help is open: the one the user chose, else the next one to do. */
  const chosen = useSignal<ChecklistStep | null>(null);
  const current = state.value;
  const complete = current?.complete === true;
  useEffect(() => {
    if (complete) void sendToBackground('completeChecklist', {});
  }, [complete]);
  if (!current || complete) return null;
  const open =
    current.steps.find((entry) => entry.step === chosen.value && !entry.done)?.step ??
    current.steps.find((entry) => !entry.done)?.step;
  return (
    <section class="checklist" aria-labelledby="checklist-heading" data-testid="checklist">
      <div class="checklist__head">
        <h2 id="checklist-heading">{t('checklistTitle')}</h2>
        <span class="count" data-testid="checklist-progress">
          {t('checklistProgress', [String(current.doneCount), String(current.steps.length)])}
        </span>
      </div>
      <p class="muted">{t('checklistIntro')}</p>
      <ol class="checklist__steps">
        {current.steps.map(({ step, done }) => (
          <li key={step} class={done ? 'is-done' : undefined} data-step={step} data-done={String(done)}>
            <span class="checklist__mark" aria-hidden="true">
              {done ? '✓' : ''}
            </span>
            <div class="checklist__step">
              <h3>
                {done ? (
                  t(TITLES[step])
                ) : (
                  <button
                    type="button"
                    class="checklist__toggle"
                    aria-expanded={open === step}
                    aria-controls={`checklist-${step}`}
                    onClick={() => (chosen.value = step)}
                  >
                    {t(TITLES[step])}
                  </button>
                )}
                <span class="visually-hidden"> ({done ? t('checklistDone') : t('checklistToDo')})</span>
              </h3>
              {open === step && (
                <div id={`checklist-${step}`} class="checklist__help">
                  <StepHelp step={step} trigger={trigger.value} shortcuts={shortcuts.value} />
                </div>
              )}
            </div>
          </li>
        ))}
      </ol>
      <ul class="key-lines">
        <KeyLine label="checklistKeyPanel">
          <CommandKey combo={shortcuts.value['open-side-panel']} />
        </KeyLine>
      </ul>
      <div class="actions">
        <button type="button" class="link" onClick={() => void openShortcutSettings()}>
          {t('checklistChangeKeys')}
        </button>
        <button
          type="button"
          class="link"
          onClick={() => void sendToBackground('setChecklistDismissed', { dismissed: true })}
        >
          {t('checklistDismiss')}
        </button>
      </div>
    </section>
  );
}
