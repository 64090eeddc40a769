import { exportEntries } from '@/components/calendar/calendar-actions';
import type { CalendarState } from '@/components/calendar/calendar-state';
import { useAppState } from '@/components/state/app-state';
import type { ExportScope } from '@/lib/calendar/export-range';

const SCOPES: readonly ExportScope[] = ['shown', 'upcoming', 'custom'];

/** What to export (the period shown, everything from today, chosen dates) and the two formats. */
export function ExportControls({ state }: { state: CalendarState }) {
  const { t } = useAppState();
  const scope = state.exportScope.value;
  const custom = state.exportCustom.value;
  return (
    <fieldset class="calendar-export">
      <legend class="visually-hidden">{t('calendarExportLegend')}</legend>
      <label class="compact-field">
        <span>{t('calendarExportScope')}</span>
        <select
          value={scope}
          onChange={(event) => {
            state.exportScope.value = event.currentTarget.value as ExportScope;
          }}
        >
          {SCOPES.map((kind) => (
            <option key={kind} value={kind}>
              {t(`calendarExportScope_${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {scope === 'custom' && (
        <>
          <label class="compact-field">
            <span>{t('calendarExportFromLabel')}</span>
            <input
              type="date"
              value={custom.from}
              onChange={(event) => {
                state.exportCustom.value = { ...custom, from: event.currentTarget.value };
              }}
            />
          </label>
          <label class="compact-field">
            <span>{t('calendarExportToLabel')}</span>
            <input
              type="date"
              value={custom.to}
              onChange={(event) => {
                state.exportCustom.value = { ...custom, to: event.currentTarget.value };
              }}
            />
          </label>
        </>
      )}
      <button type="button" onClick={() => void exportEntries(state, 'csv', t)}>
        {t('calendarExportCsv')}
      </button>
      <button type="button" onClick={() => void exportEntries(state, 'ics', t)}>
        {t('calendarExportIcs')}
      </button>
    </fieldset>
  );
}
