import { type CrisisStatus, setCrisisMode, useCrisisStatus } from '@/components/crisis/use-crisis';
import { useAppState } from '@/components/state/app-state';
import type { CrisisSettings } from '@/lib/crisis/detect';
import { sendToBackground } from '@/lib/messaging/client';

const FIELDS: {
  key: keyof CrisisSettings;
  label: 'crisisSettingsWindow' | 'crisisSettingsFactor' | 'crisisSettingsMin';
  min: number;
  max: number;
  step: number;
}[] = [
  { key: 'windowHours', label: 'crisisSettingsWindow', min: 1, max: 24, step: 1 },
  { key: 'factor', label: 'crisisSettingsFactor', min: 1.5, max: 20, step: 0.5 },
  { key: 'minCaptures', label: 'crisisSettingsMin', min: 2, max: 1000, step: 1 },
];

/** Settings → Crisis alert: the detection's window, threshold and minimum, and crisis mode by hand. */
export function CrisisSettingsSection() {
  const { t } = useAppState();
  const { data } = useCrisisStatus();
  const status: CrisisStatus | undefined = data.value;
  if (!status) return null;
  const save = (patch: Partial<CrisisSettings>) =>
    void sendToBackground('saveCrisisSettings', { settings: { ...status.settings, ...patch } });
  return (
    <fieldset class="field" data-testid="crisis-settings">
      <legend>{t('crisisSettingsTitle')}</legend>
      <p class="muted">{t('crisisSettingsHelp')}</p>
      {FIELDS.map(({ key, label, min, max, step }) => (
        <label key={key} class="field">
          {t(label)}
          <input
            type="number"
            name={`crisis-${key}`}
            min={min}
            max={max}
            step={step}
            value={status.settings[key]}
            onChange={(event) => {
              const value = Number(event.currentTarget.value);
              if (Number.isFinite(value) && value >= min && value <= max) save({ [key]: value });
            }}
          />
        </label>
      ))}
      <label class="radio">
        <input
          type="checkbox"
          name="crisisMode"
          checked={status.mode.on}
          onChange={(event) => void setCrisisMode(event.currentTarget.checked)}
        />
        {t('crisisModeSwitch')}
      </label>
    </fieldset>
  );
}
