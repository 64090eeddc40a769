import { DateTime } from 'luxon';
import { viewLocal } from '@/components/calendar/calendar-actions';
import type { CalendarState } from '@/components/calendar/calendar-state';
import { EntryChip } from '@/components/calendar/entry-chip';
import { bestAt, hh, useGridData } from '@/components/calendar/grid-helpers';
import { SlotCell } from '@/components/calendar/slot-cell';
import { useAppState } from '@/components/state/app-state';
import { dateIn, splitLocal } from '@/lib/calendar/time';
import { now } from '@/lib/clock';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** Seven days by 24 hours; best-time hours tinted, entries in their hour. */
export function WeekGrid({ state }: { state: CalendarState }) {
  const { t, locale } = useAppState();
  const { byDay, conflicts } = useGridData(state);
  const days = state.days.value;
  const today = dateIn(now(), state.zone.value);
  return (
    <div class="week-scroll">
      <table class="week-grid" aria-label={t('calendarWeekLabel')}>
        <thead>
          <tr>
            <th class="week-grid__corner" scope="col">
              <span class="visually-hidden">{t('calendarTime')}</span>
            </th>
            {days.map((day) => (
              <th key={day} scope="col" data-day={day} class={`week-grid__day${day === today ? ' is-today' : ''}`}>
                {DateTime.fromISO(day).setLocale(locale.value).toFormat('ccc d')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {HOURS.map((hour) => (
            <tr key={hour}>
              <th scope="row" class="week-grid__hour">
                {hh(hour)}
              </th>
              {days.map((day) => {
                const entries = (byDay.value.get(day) ?? []).filter(
                  (entry) => Number(splitLocal(viewLocal(state, entry)).time.slice(0, 2)) === hour,
                );
                const label = t('calendarNewAt', [
                  DateTime.fromISO(day).setLocale(locale.value).toFormat('cccc d LLLL'),
                  hh(hour),
                ]);
                return (
                  <SlotCell
                    key={day}
                    state={state}
                    day={day}
                    time={hh(hour)}
                    label={label}
                    best={bestAt(state, `${day}T${hh(hour)}`)}
                  >
                    {entries.map((entry) => (
                      <EntryChip key={entry.id} state={state} entry={entry} conflicts={conflicts.value.get(entry.id)} />
                    ))}
                  </SlotCell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
