import { ROLE_LABELS } from '@/components/accounts/role-labels';
import { useGuardData } from '@/components/accounts/use-guard-data';
import { useAppState } from '@/components/state/app-state';
import { ACCOUNT_ROLES } from '@/lib/guard/accounts';
import { RULE_IDS, type RuleId } from '@/lib/guard/rules';
import { UNDO_CHOICES } from '@/lib/guard/settings';
import { writeGuardSettings } from '@/lib/guard/store';
import type { MessageKey } from '@/lib/i18n';

const RULE_LABELS: Record<RuleId, MessageKey> = {
  'expected-account': 'guardRuleExpectedAccount',
  keywords: 'guardRuleKeywords',
  'always-confirm': 'guardRuleAlwaysConfirm',
  unregistered: 'guardRuleUnregistered',
  'outside-hours': 'guardRuleOutsideHours',
};

/** Settings → Account guard: each rule on or off, and the identity badge. */
export function GuardSettings() {
  const { t } = useAppState();
  const { settings } = useGuardData();
  const current = settings.value;
  return (
    <fieldset class="field" data-testid="guard-settings">
      <legend>{t('guardSettingsTitle')}</legend>
      <label class="radio">
        <input
          type="checkbox"
          name="guardShowBadge"
          checked={current.showBadge}
          onChange={(event) => void writeGuardSettings({ ...current, showBadge: event.currentTarget.checked })}
        />
        {t('guardSettingsBadge')}
      </label>
      {RULE_IDS.map((rule) => (
        <label key={rule} class="radio">
          <input
            type="checkbox"
            name={`guardRule-${rule}`}
            checked={current.rules[rule]}
            onChange={(event) =>
              void writeGuardSettings({ ...current, rules: { ...current.rules, [rule]: event.currentTarget.checked } })
            }
          />
          {t(RULE_LABELS[rule])}
        </label>
      ))}
      <fieldset class="field" data-testid="undo-settings">
        <legend>{t('undoSettingsTitle')}</legend>
        <p class="muted">{t('undoSettingsHelp')}</p>
        {ACCOUNT_ROLES.map((role) => (
          <label key={role} class="field">
            {t(ROLE_LABELS[role])}
            <select
              name={`undoSeconds-${role}`}
              value={String(current.undoSeconds[role])}
              onChange={(event) =>
                void writeGuardSettings({
                  ...current,
                  undoSeconds: { ...current.undoSeconds, [role]: Number(event.currentTarget.value) },
                })
              }
            >
              {[...new Set([...UNDO_CHOICES, current.undoSeconds[role]])].map((seconds) => (
                <option key={seconds} value={String(seconds)}>
                  {seconds === 0 ? t('undoSettingsOff') : t('undoSettingsSeconds', [String(seconds)])}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
