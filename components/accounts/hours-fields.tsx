import type { Draft, Input } from '@/components/accounts/account-draft';
import { useAppState } from '@/components/state/app-state';

function dayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return [1, 2, 3, 4, 5, 6, 7].map((day) => format.format(Date.UTC(2024, 0, day)));
}

/** Opening hours of a brand account: outside them, the guard gives a soft warning. */
export function HoursFields({ draft: d, set }: { draft: Draft; set: (patch: Partial<Draft>) => void }) {
  const { t, locale } = useAppState();
  const days = dayNames(locale.value);
  return (
    <fieldset class="field">
      <legend>{t('accountFieldHours')}</legend>
      <label class="radio">
        <input
          type="checkbox"
          name="hoursOn"
          checked={d.hoursOn}
          onChange={(e: Input) => set({ hoursOn: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t('accountFieldHoursOn')}
      </label>
      {d.hoursOn ? (
        <>
          <fieldset class="day-choices">
            <legend class="visually-hidden">{t('accountFieldDays')}</legend>
            {days.map((name, index) => (
              <label key={name}>
                <input
                  type="checkbox"
                  checked={d.days.includes(index + 1)}
                  onChange={(e: Input) =>
                    set({
                      days: (e.currentTarget as HTMLInputElement).checked
                        ? [...d.days, index + 1]
                        : d.days.filter((day) => day !== index + 1),
                    })
                  }
                />
                {name}
              </label>
            ))}
          </fieldset>
          <div class="row">
            <label class="field">
              <span>{t('accountFieldHoursFrom')}</span>
              <input
                type="time"
                name="start"
                value={d.start}
                onInput={(e: Input) => set({ start: e.currentTarget.value })}
              />
            </label>
            <label class="field">
              <span>{t('accountFieldHoursTo')}</span>
              <input type="time" name="end" value={d.end} onInput={(e: Input) => set({ end: e.currentTarget.value })} />
            </label>
          </div>
          <label class="field">
            <span>{t('accountFieldTimeZone')}</span>
            <input
              name="timeZone"
              value={d.timeZone}
              onInput={(e: Input) => set({ timeZone: e.currentTarget.value })}
            />
          </label>
        </>
      ) : null}
    </fieldset>
  );
}
