import { DateTime } from 'luxon';
import type { Network } from '@/lib/networks';
import { NetworkOptions } from '../network-options';
import { useAppState } from '../state/app-state';
import { exportCsv, exportIcs, importFile, newEntryAt } from './calendar-actions';
import type { CalendarState, CalendarViewKind } from './calendar-state';

const VIEWS: readonly CalendarViewKind[] = ['week', 'month', 'agenda'];

/** View switch, period navigation, filters, new entry, import and export. */
export function CalendarToolbar({ state }: { state: CalendarState }) {
  const { t, locale } = useAppState();
  const view = state.view.value;
  const step = (direction: number) => {
    const day = DateTime.fromISO(state.anchor.value);
    const moved =
      view === 'month' ? day.plus({ months: direction }) : day.plus({ days: direction * (view === 'week' ? 7 : 30) });
    state.anchor.value = moved.toISODate() ?? state.anchor.value;
  };
  const days = state.days.value;
  const first = DateTime.fromISO(days[0] ?? '').setLocale(locale.value);
  const last = DateTime.fromISO(days.at(-1) ?? '').setLocale(locale.value);
  const period =
    view === 'month'
      ? DateTime.fromISO(state.anchor.value).setLocale(locale.value).toFormat('LLLL yyyy')
      : `${first.toFormat('d LLL')} – ${last.toFormat('d LLL yyyy')}`;
  const accounts = [
    ...new Set(state.entries.value.flatMap((entry) => Object.values(entry.variants).map((v) => v?.account ?? ''))),
  ]
    .filter(Boolean)
    .sort();
  const labels = [...new Set(state.entries.value.flatMap((entry) => [...entry.labels, entry.campaign]))]
    .filter(Boolean)
    .sort();
  const filters = state.filters.value;
  return (
    <div class="calendar-toolbar">
      <div class="calendar-toolbar__row">
        <fieldset class="segmented">
          <legend class="visually-hidden">{t('calendarViewLabel')}</legend>
          {VIEWS.map((kind) => (
            <button
              key={kind}
              type="button"
              aria-pressed={view === kind}
              onClick={() => {
                state.view.value = kind;
              }}
            >
              {t(`calendarView_${kind}`)}
            </button>
          ))}
        </fieldset>
        <div class="calendar-toolbar__nav">
          <button type="button" aria-label={t('calendarPrevious')} onClick={() => step(-1)}>
            ‹
          </button>
          <button
            type="button"
            onClick={() => {
              state.anchor.value = DateTime.now().toISODate() ?? state.anchor.value;
            }}
          >
            {t('calendarToday')}
          </button>
          <button type="button" aria-label={t('calendarNext')} onClick={() => step(1)}>
            ›
          </button>
          <strong class="calendar-toolbar__period" aria-live="polite">
            {period}
          </strong>
        </div>
        <button type="button" class="primary" onClick={() => newEntryAt(state, state.anchor.value)}>
          {t('calendarNew')}
        </button>
      </div>
      <div class="calendar-toolbar__row">
        <label class="compact-field">
          <span>{t('calendarFilterNetwork')}</span>
          <select
            value={filters.network}
            onChange={(event) => {
              state.filters.value = { ...filters, network: event.currentTarget.value as Network | '' };
            }}
          >
            <option value="">{t('calendarFilterAll')}</option>
            <NetworkOptions />
          </select>
        </label>
        <label class="compact-field">
          <span>{t('calendarFilterAccount')}</span>
          <select
            value={filters.account}
            onChange={(event) => {
              state.filters.value = { ...filters, account: event.currentTarget.value };
            }}
          >
            <option value="">{t('calendarFilterAll')}</option>
            {accounts.map((account) => (
              <option key={account} value={account}>
                @{account.replace(/^@/, '')}
              </option>
            ))}
          </select>
        </label>
        <label class="compact-field">
          <span>{t('calendarFilterLabel')}</span>
          <select
            value={filters.label}
            onChange={(event) => {
              state.filters.value = { ...filters, label: event.currentTarget.value };
            }}
          >
            <option value="">{t('calendarFilterAll')}</option>
            {labels.map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="calendar-toolbar__row">
        <label class="button-like">
          {t('calendarImport')}
          <input
            type="file"
            class="visually-hidden"
            accept=".csv,.ics,text/csv,text/calendar"
            data-testid="calendar-import"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void importFile(state, file, t);
            }}
          />
        </label>
        <button type="button" onClick={() => exportCsv(state)}>
          {t('calendarExportCsv')}
        </button>
        <button type="button" onClick={() => exportIcs(state)}>
          {t('calendarExportIcs')}
        </button>
        <span class="calendar-legend muted">
          <span class="legend-swatch is-best-settings" aria-hidden="true" /> {t('calendarBest_settings')}
          <span class="legend-swatch is-best-study" aria-hidden="true" /> {t('calendarBest_study')}
          <span class="legend-swatch is-best-learned" aria-hidden="true" /> {t('calendarBest_learned')}
        </span>
      </div>
    </div>
  );
}
