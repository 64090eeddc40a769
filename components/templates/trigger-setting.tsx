import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useAppState } from '@/components/state/app-state';
import { readTemplateSettings, templateSettingsItem, watchTemplateSettings } from '@/lib/templates/settings-item';
import { parseTemplateSettings } from '@/lib/templates/template-settings';

/** The trigger typed in a reply box to open the picker (`;;` by default). */
export function TriggerSetting() {
  const { t } = useAppState();
  const trigger = useSignal('');
  useEffect(() => {
    void readTemplateSettings().then((settings) => (trigger.value = settings.trigger));
    return watchTemplateSettings((settings) => (trigger.value = settings.trigger));
  }, []);
  return (
    <label class="field template-trigger">
      <span>{t('templatesTrigger')}</span>
      <input
        name="trigger"
        value={trigger.value}
        maxLength={5}
        aria-describedby="trigger-hint"
        onChange={(event) => {
          const next = parseTemplateSettings({ trigger: event.currentTarget.value.trim() });
          trigger.value = next.trigger;
          void templateSettingsItem.setValue(next);
        }}
      />
      <small id="trigger-hint" class="muted">
        {t('templatesTriggerHint')}
      </small>
    </label>
  );
}
