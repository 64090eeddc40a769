import { DateTime } from 'luxon';
import type { CalendarState } from '@/components/calendar/calendar-state';
import { EntryChip } from '@/components/calendar/entry-chip';
import { useGridData } from '@/components/calendar/grid-helpers';
import { SlotCell } from '@/components/calendar/slot-cell';
import { useAppState } from '@/components/state/app-state';
import { dateIn } from '@/lib/calendar/time';
import { now } from '@/lib/clock';

const SHOWN = 3;

/** Six weeks around the month; a day is tinted when the default posting time is a best time. */
export function MonthGrid({ state }: { state: CalendarState }) {
  const { t, locale } = useAppState();
  const { byDay, conflicts } = useGridData(state);
  const days = state.days.value;
  const month = DateTime.fromISO(state.anchor.value).month;
  const today = dateIn(now(), state.zone.value);
  const weeks = Array.from({ length: days.length / 7 }, (_, index) => days.slice(index * 7, index * 7 + 7));
  return (
    <table class="month-grid" aria-label={t('calendarMonthLabel')}>
      <thead>
        <tr>
          {(weeks[0] ?? []).map((day) => (
            <th key={day} scope="col">
              {DateTime.fromISO(day).setLocale(locale.value).toFormat('ccc')}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const date = DateTime.fromISO(day).setLocale(locale.value);
              const entries = byDay.value.get(day) ?? [];
              const outside = date.month !== month ? ' is-outside' : '';
              const label = t('calendarNewOn', [date.toFormat('cccc d LLLL')]);
              return (
                <SlotCell
                  key={day}
                  state={state}
                  day={day}
                  label={label}
                  best={null}
                  class={`month-day${outside}${day === today ? ' is-today' : ''}`}
                >
                  <span class="month-day__number" aria-hidden="true">
                    {date.day}
                  </span>
                  {entries.slice(0, SHOWN).map((entry) => (
                    <EntryChip key={entry.id} state={state} entry={entry} conflicts={conflicts.value.get(entry.id)} />
                  ))}
                  {entries.length > SHOWN && (
                    <button
                      type="button"
                      class="link month-day__more"
                      onClick={() => {
                        state.anchor.value = day;
                        state.view.value = 'agenda';
                      }}
                    >
                      {t('calendarMore', [String(entries.length - SHOWN)])}
                    </button>
                  )}
                </SlotCell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
