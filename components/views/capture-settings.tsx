import { useSignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { useEffect } from 'preact/hooks';
import { useAppState } from '@/components/state/app-state';
import { type CaptureSettings, DEFAULT_CAPTURE_SETTINGS } from '@/lib/capture/settings';
import { readCaptureSettings, updateCaptureSettings, watchCaptureSettings } from '@/lib/capture/settings-store';

/** Settings → Tracked keywords: the list, the outline switch and the opt-in automatic capture. */
export function CaptureSettingsSection() {
  const { t, tCount } = useAppState();
  const settings = useSignal<CaptureSettings>(DEFAULT_CAPTURE_SETTINGS);
  const draft = useSignal<string | null>(null);
  const saved = useSignal<number | null>(null);

  useEffect(() => {
    void readCaptureSettings().then((value) => {
      settings.value = value;
    });
    return watchCaptureSettings((value) => {
      settings.value = value;
    });
  }, []);

  const save = async (patch: Partial<CaptureSettings>) => {
    settings.value = await updateCaptureSettings(patch);
  };
  const saveKeywords = async (event: TargetedEvent<HTMLFormElement, Event>) => {
    event.preventDefault();
    const next = await updateCaptureSettings({ keywords: (draft.value ?? '').split('\n') });
    settings.value = next;
    draft.value = null;
    saved.value = next.keywords.length;
  };
  const current = settings.value;

  return (
    <fieldset class="field capture-settings">
      <legend>{t('captureSettingsTitle')}</legend>
      <form onSubmit={(event) => void saveKeywords(event)}>
        <label class="field">
          <span>{t('captureSettingsKeywords')}</span>
          <textarea
            name="trackedKeywords"
            rows={4}
            aria-describedby="keywords-hint"
            value={draft.value ?? current.keywords.join('\n')}
            onInput={(event) => {
              draft.value = event.currentTarget.value;
              saved.value = null;
            }}
          />
          <small id="keywords-hint" class="muted">
            {t('captureSettingsKeywordsHint')}
          </small>
        </label>
        <button type="submit">{t('captureSettingsSave')}</button>{' '}
        <span role="status" class="muted">
          {saved.value !== null &&
            tCount({ one: 'captureSettingsSavedOne', other: 'captureSettingsSavedOther' }, saved.value)}
        </span>
      </form>
      <label class="checkbox">
        <input
          type="checkbox"
          name="highlightKeywords"
          checked={current.highlight}
          onChange={(event) => void save({ highlight: event.currentTarget.checked })}
        />{' '}
        {t('captureSettingsHighlight')}
      </label>
      <label class="checkbox">
        <input
          type="checkbox"
          name="autoCapture"
          checked={current.autoCapture}
          aria-describedby="auto-capture-hint"
          onChange={(event) => void save({ autoCapture: event.currentTarget.checked })}
        />{' '}
        {t('captureSettingsAuto')}
      </label>
      <small id="auto-capture-hint" class="muted">
        {t('captureSettingsAutoHint')}
      </small>
    </fieldset>
  );
}
