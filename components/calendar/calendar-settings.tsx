import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useAppState } from '@/components/state/app-state';
import {
  type CalendarSettings,
  DEFAULT_CALENDAR_SETTINGS,
  formatWindow,
  parseWindow,
  STUDY_WINDOWS,
  userWindows,
} from '@/lib/calendar/settings';
import { readCalendarSettings, updateCalendarSettings, watchCalendarSettings } from '@/lib/calendar/settings-store';
import { isValidZone, systemZone } from '@/lib/calendar/time';
import { NETWORK_NAMES, NETWORKS, type Network } from '@/lib/networks';

/** Settings → Calendar: default zone, best-time windows per network, conflict gap, reminder lead time. */
export function CalendarSettingsSection() {
  const { t } = useAppState();
  const settings = useSignal<CalendarSettings>(DEFAULT_CALENDAR_SETTINGS);
  const error = useSignal('');
  useEffect(() => {
    void readCalendarSettings().then((value) => {
      settings.value = value;
    });
    return watchCalendarSettings((value) => {
      settings.value = value;
    });
  }, []);
  const current = settings.value;
  const save = (patch: Partial<CalendarSettings>) => void updateCalendarSettings(patch);
  const setWindows = (network: Network, text: string) => {
    const parts = text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const windows = parts.map((part) => parseWindow(part, [1, 2, 3, 4, 5, 6, 7]));
    if (windows.some((window) => !window)) {
      error.value = t('calendarSettingsWindowInvalid', [NETWORK_NAMES[network], text]);
      return;
    }
    error.value = '';
    save({ windows: { ...current.windows, [network]: windows as NonNullable<(typeof windows)[number]>[] } });
  };
  return (
    <fieldset class="field calendar-settings">
      <legend>{t('calendarSettings')}</legend>
      <label class="field">
        <span>{t('calendarSettingsZone')}</span>
        <input
          name="calendarZone"
          value={current.defaultTimeZone}
          placeholder={systemZone()}
          onChange={(event) => {
            const zone = event.currentTarget.value.trim();
            if (zone === '' || isValidZone(zone)) save({ defaultTimeZone: zone });
            else error.value = t('calendarZoneInvalid', [zone]);
          }}
        />
      </label>
      <label class="field">
        <span>{t('calendarSettingsGap')}</span>
        <input
          type="number"
          name="conflictGap"
          min={0}
          max={1440}
          value={current.conflictGapMinutes}
          onChange={(event) => save({ conflictGapMinutes: Number(event.currentTarget.value) })}
        />
      </label>
      <label class="field">
        <span>{t('calendarSettingsLead')}</span>
        <input
          type="number"
          name="reminderLead"
          min={0}
          max={1440}
          value={current.reminderLeadMinutes}
          onChange={(event) => save({ reminderLeadMinutes: Number(event.currentTarget.value) })}
        />
      </label>
      <p class="muted">{t('calendarSettingsWindowsHint')}</p>
      {NETWORKS.map((network) => (
        <label key={network} class="window-row">
          <span>{NETWORK_NAMES[network]}</span>
          <input
            name={`windows-${network}`}
            value={userWindows(current, network).map(formatWindow).join(', ')}
            title={
              STUDY_WINDOWS[network]
                ? t('calendarSettingsStudy', [STUDY_WINDOWS[network].map(formatWindow).join(', ')])
                : undefined
            }
            onChange={(event) => setWindows(network, event.currentTarget.value)}
          />
        </label>
      ))}
      {error.value && (
        <p role="alert" class="notice is-error">
          {error.value}
        </p>
      )}
    </fieldset>
  );
}
