import { useMemo } from 'preact/hooks';
import { AgendaList } from '@/components/calendar/agenda-list';
import { createCalendarState } from '@/components/calendar/calendar-state';
import { CalendarToolbar } from '@/components/calendar/calendar-toolbar';
import { EntryEditor } from '@/components/calendar/entry-editor';
import { IdeaList } from '@/components/calendar/idea-list';
import { MonthGrid } from '@/components/calendar/month-grid';
import { useCalendarData } from '@/components/calendar/use-calendar-data';
import { WeekGrid } from '@/components/calendar/week-grid';
import { CrisisBanner } from '@/components/crisis/crisis-banner';
import { HeldPosts, useCrisisStatus } from '@/components/crisis/use-crisis';
import { DraftNotice } from '@/components/drafts/draft-notice';
import { useAppState } from '@/components/state/app-state';
import { TeamConflictsPanel } from '@/components/team/team-conflicts';
import type { EntryInput } from '@/lib/calendar/entry';
import { draftKey } from '@/lib/drafts/edit-draft';
import '@/components/calendar/calendar.css';

/** The Calendar section: week, month and agenda views of the plan, and the entry editor. */
export function CalendarView() {
  const { t, weekStart } = useAppState();
  const state = useMemo(() => createCalendarState(weekStart), [weekStart]);
  useCalendarData(state);
  const editing = state.editing.value;
  const notice = state.notice.value;
  const { data: crisis } = useCrisisStatus();
  const held = useMemo(() => new Set(crisis.value?.held ?? []), [crisis.value]);
  return (
    <HeldPosts.Provider value={held}>
      <section class="calendar" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">{t('calendarEmptyTitle')}</h2>
        <TeamConflictsPanel kind="calendar" />
        <div aria-live="polite" data-testid="calendar-notice">
          {notice && (
            <div
              class={`notice${notice.kind === 'error' ? ' is-error' : ''}`}
              role={notice.kind === 'error' ? 'alert' : 'status'}
            >
              <p>{notice.text}</p>
              {notice.details && (
                <ul>
                  {notice.details.slice(0, 20).map((detail) => (
                    <li key={detail}>{detail}</li>
                  ))}
                </ul>
              )}
              <button type="button" class="link" onClick={() => (state.notice.value = null)}>
                {t('calendarDismiss')}
              </button>
            </div>
          )}
        </div>
        <DraftNotice
          kind="calendar"
          hidden={editing ? draftKey('calendar', editing.id) : null}
          onResume={(kept) => {
            state.editing.value = kept.value as EntryInput;
          }}
        />
        {editing ? (
          <EntryEditor key={editing.id ?? editing.localDateTime} state={state} initial={editing} />
        ) : (
          <>
            <CrisisBanner status={crisis.value} />
            <CalendarToolbar state={state} />
            {state.view.value !== 'ideas' && <p class="muted calendar-hint">{t('calendarKeysHint')}</p>}
            {state.view.value === 'week' && <WeekGrid state={state} />}
            {state.view.value === 'month' && <MonthGrid state={state} />}
            {state.view.value === 'agenda' && <AgendaList state={state} />}
            {state.view.value === 'ideas' && <IdeaList state={state} />}
          </>
        )}
      </section>
    </HeldPosts.Provider>
  );
}
