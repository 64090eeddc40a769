import { DateTime } from 'luxon';
import { editEntry, publishNow, viewLocal } from '@/components/calendar/calendar-actions';
import type { CalendarState } from '@/components/calendar/calendar-state';
import { useGridData } from '@/components/calendar/grid-helpers';
import { resumeHeld, useHeld } from '@/components/crisis/use-crisis';
import { useAppState } from '@/components/state/app-state';
import { accountFor, type CalendarEntry } from '@/lib/calendar/entry';
import { splitLocal } from '@/lib/calendar/time';
import { NETWORK_NAMES } from '@/lib/networks';

/** Thirty days as a list: each entry with its status, networks and accounts, conflicts, and "Publish now". */
export function AgendaList({ state }: { state: CalendarState }) {
  const { t, locale } = useAppState();
  const { byDay, conflicts } = useGridData(state);
  const days = state.days.value.filter((day) => (byDay.value.get(day) ?? []).length > 0);
  if (days.length === 0) return <p class="muted agenda-empty">{t('calendarAgendaEmpty')}</p>;
  return (
    <div class="agenda">
      {days.map((day) => (
        <section
          key={day}
          class="agenda__day"
          aria-label={DateTime.fromISO(day).setLocale(locale.value).toFormat('cccc d LLLL')}
        >
          <h3>{DateTime.fromISO(day).setLocale(locale.value).toFormat('cccc d LLLL')}</h3>
          <ul>
            {(byDay.value.get(day) ?? []).map((entry) => (
              <AgendaRow
                key={entry.id}
                state={state}
                entry={entry}
                conflicted={(conflicts.value.get(entry.id) ?? []).length > 0}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function AgendaRow({ state, entry, conflicted }: { state: CalendarState; entry: CalendarEntry; conflicted: boolean }) {
  const { t } = useAppState();
  const held = useHeld(entry.id);
  const canPublish = entry.status !== 'published' && entry.status !== 'idea' && !held;
  return (
    <li class={`agenda-row status-${entry.status}`} data-entry-id={entry.id}>
      <span class="agenda-row__time">{splitLocal(viewLocal(state, entry)).time}</span>
      <div class="agenda-row__body">
        <button type="button" class="link agenda-row__title" onClick={() => editEntry(state, entry)}>
          {entry.title}
        </button>
        <span class={`status-badge status-${entry.status}`}>{t(`calendarStatus_${entry.status}`)}</span>
        {conflicted && <span class="conflict-badge">⚠ {t('calendarConflictShort')}</span>}
        {held && (
          <>
            <span class="held-badge" data-testid="held-badge" title={t('crisisHeldNotice')}>
              {t('crisisHeld')}
            </span>
            <button type="button" class="link" onClick={() => void resumeHeld([entry.id])}>
              {t('crisisResume')}
            </button>
          </>
        )}
        <ul class="agenda-row__networks">
          {entry.networks.map((network) => {
            const account = accountFor(entry, network);
            const published = entry.publishedOn[network] !== undefined;
            return (
              <li key={network}>
                <span class="network-tag">
                  {NETWORK_NAMES[network]}
                  {account ? ` @${account}` : ''}
                </span>
                {canPublish && !published && (
                  <button type="button" class="link" onClick={() => void publishNow(state, entry, network)}>
                    {t('calendarPublishNow')}
                  </button>
                )}
                {published && <span class="muted"> ✓</span>}
              </li>
            );
          })}
        </ul>
      </div>
    </li>
  );
}
