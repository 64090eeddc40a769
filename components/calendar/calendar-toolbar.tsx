import { DateTime } from 'luxon';
import { importFile, newEntryAt } from '@/components/calendar/calendar-actions';
import { AGENDA_DAYS, type CalendarState, type CalendarViewKind } from '@/components/calendar/calendar-state';
import { ExportControls } from '@/components/calendar/export-controls';
import { NetworkOptions } from '@/components/network-options';
import { useAppState } from '@/components/state/app-state';
import { addDays, dateIn, startOfWeek } from '@/lib/calendar/time';
import { now } from '@/lib/clock';
import type { Network } from '@/lib/networks';

const VIEWS: readonly CalendarViewKind[] = ['week', 'month', 'agenda', 'ideas'];

/** View switch, period navigation, filters, new entry, import and export. */
export function CalendarToolbar({ state }: { state: CalendarState }) {
  const { t, locale, weekStart } = useAppState();
  const view = state.view.value;
  // The anchor lands on the new period's first day, so the agenda opened next starts there.
  const step = (direction: number) => {
    const day = DateTime.fromISO(state.anchor.value);
    if (view === 'month') state.anchor.value = day.plus({ months: direction }).startOf('month').toISODate() ?? '';
    else if (view === 'week')
      state.anchor.value = startOfWeek(addDays(state.anchor.value, direction * 7), weekStart.value);
    else state.anchor.value = addDays(state.anchor.value, direction * AGENDA_DAYS);
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
    <div class="calendar-toolbar" data-view={view}>
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
              state.anchor.value = dateIn(now(), state.zone.value);
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
        <ExportControls state={state} />
        <span class="calendar-legend muted">
          <span class="legend-swatch is-best-settings" aria-hidden="true" /> {t('calendarBest_settings')}
          <span class="legend-swatch is-best-study" aria-hidden="true" /> {t('calendarBest_study')}
          <span class="legend-swatch is-best-learned" aria-hidden="true" /> {t('calendarBest_learned')}
        </span>
      </div>
    </div>
  );
}
