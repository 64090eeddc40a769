import { DateTime } from 'luxon';
import { useAppState } from '@/components/state/app-state';
import { useStoreQuery } from '@/components/state/use-store-query';
import { type CalendarEntry, readEntry } from '@/lib/calendar/entry';
import { nowDate } from '@/lib/clock';
import { sendToBackground } from '@/lib/messaging/client';
import { NETWORK_NAMES } from '@/lib/networks';
import '@/components/calendar/calendar.css';

function todayBounds(now = nowDate()) {
  return {
    dayStart: new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime(),
    dayEnd: new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime(),
  };
}

/** The popup's calendar: today's entries with their status, and the next reminder. */
export function TodayAgenda() {
  const { t, locale } = useAppState();
  const { data } = useStoreQuery(['posts'], () => sendToBackground('calendarAgenda', todayBounds()));
  const entries = (data.value?.entries ?? []).map(readEntry).filter((e): e is CalendarEntry => !!e);
  const next = data.value?.next;
  const clock = (at: number) => DateTime.fromMillis(at).setLocale(locale.value).toFormat('HH:mm');
  return (
    <section aria-labelledby="today-agenda-heading" data-testid="today-agenda">
      <h2 id="today-agenda-heading">{t('popupAgenda')}</h2>
      {entries.length === 0 ? (
        <p class="muted">{t('popupAgendaEmpty')}</p>
      ) : (
        <ul class="today-agenda">
          {entries.map((entry) => (
            <li key={entry.id}>
              <span class="today-agenda__time">{clock(entry.scheduledAt)}</span>
              <span>{entry.title}</span>
              <span class="muted">{entry.networks.map((n) => NETWORK_NAMES[n]).join(', ')}</span>
              <span class={`status-badge status-${entry.status}`}>{t(`calendarStatus_${entry.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="muted" data-testid="next-reminder">
        {next
          ? t('popupNextReminder', [
              DateTime.fromMillis(next.at).setLocale(locale.value).toFormat('ccc d LLL, HH:mm'),
              NETWORK_NAMES[next.network],
              next.title,
            ])
          : t('popupNoReminder')}
      </p>
    </section>
  );
}
