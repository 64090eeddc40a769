import type { TargetedEvent } from 'preact';
import { GuardSettings } from '@/components/accounts/guard-settings';
import { CalendarSettingsSection } from '@/components/calendar/calendar-settings';
import { CrisisSettingsSection } from '@/components/crisis/crisis-settings';
import { InboxTeamSettings } from '@/components/inbox/team-settings';
import { ChecklistReset } from '@/components/onboarding/checklist-reset';
import { BackupSettings } from '@/components/settings/backup-settings';
import { TeamSettings } from '@/components/settings/team-settings';
import { useAppState } from '@/components/state/app-state';
import { saveSettings } from '@/components/state/settings-actions';
import { CaptureSettingsSection } from '@/components/views/capture-settings';
import { MastodonInstances } from '@/components/views/mastodon-instances';
import { ShortcutList } from '@/components/views/shortcut-list';

type Change = TargetedEvent<HTMLSelectElement | HTMLInputElement, Event>;

export function SettingsView() {
  const state = useAppState();
  const { t, settings } = state;
  const current = settings.value;
  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('navSettings')}</h2>
      <label class="field">
        <span>{t('settingsLanguage')}</span>
        <select
          name="language"
          value={current.language}
          onChange={(event: Change) =>
            void saveSettings(state, { language: event.currentTarget.value as typeof current.language })
          }
        >
          <option value="auto">{t('settingsLanguageAuto')}</option>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </label>
      <label class="field">
        <span>{t('settingsTheme')}</span>
        <select
          name="theme"
          value={current.theme}
          onChange={(event: Change) =>
            void saveSettings(state, { theme: event.currentTarget.value as typeof current.theme })
          }
        >
          <option value="auto">{t('settingsThemeAuto')}</option>
          <option value="light">{t('settingsThemeLight')}</option>
          <option value="dark">{t('settingsThemeDark')}</option>
        </select>
      </label>
      <label class="field">
        <span>{t('settingsBrandName')}</span>
        <input
          name="brandName"
          value={current.brandName}
          maxLength={200}
          aria-describedby="brand-hint"
          onChange={(event: Change) => void saveSettings(state, { brandName: event.currentTarget.value.trim() })}
        />
        <small id="brand-hint" class="muted">
          {t('settingsBrandNameHint')}
        </small>
      </label>
      <fieldset class="field">
        <legend>{t('settingsToolbar')}</legend>
        {(['popup', 'sidepanel'] as const).map((value) => (
          <label key={value} class="radio">
            <input
              type="radio"
              name="toolbarOpens"
              value={value}
              checked={current.toolbarOpens === value}
              onChange={() => void saveSettings(state, { toolbarOpens: value })}
            />
            {t(value === 'popup' ? 'settingsToolbarPopup' : 'settingsToolbarSidePanel')}
          </label>
        ))}
      </fieldset>
      <GuardSettings />
      <CrisisSettingsSection />
      <InboxTeamSettings />
      <TeamSettings />
      <CalendarSettingsSection />
      <MastodonInstances />
      <CaptureSettingsSection />
      <BackupSettings />
      <ShortcutList />
      <ChecklistReset />
    </section>
  );
}
