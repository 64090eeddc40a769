import { effect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { CalendarState } from '@/components/calendar/calendar-state';
import { listEntriesBetween } from '@/components/calendar/list-entries';
import { learnSlots } from '@/lib/calendar/best-time';
import { readCalendarSettings, watchCalendarSettings } from '@/lib/calendar/settings-store';
import { sendToBackground } from '@/lib/messaging/client';
import { watchStore } from '@/lib/storage/db-revision';

/** Keeps the state's entries, settings and learned slots live for the period shown. */
export function useCalendarData(state: CalendarState): void {
  useEffect(() => {
    let live = true;
    const onError = (error: unknown) => {
      if (live) state.notice.value = { kind: 'error', text: error instanceof Error ? error.message : String(error) };
    };
    // Several writes bump the revision in a row: only the latest answer is shown.
    let latest = 0;
    const load = () => {
      const request = ++latest;
      const days = state.days.value;
      const zone = state.zone.value;
      const first = days[0];
      const last = days.at(-1);
      if (!first || !last) return;
      listEntriesBetween(first, last, zone).then((entries) => {
        if (live && request === latest) state.entries.value = entries;
      }, onError);
    };
    const loadHistory = () =>
      sendToBackground('calendarHistory', {}).then((result) => {
        if (live) state.learned.value = learnSlots(result.points, state.zone.value);
      }, onError);
    void readCalendarSettings().then((settings) => {
      if (live) state.settings.value = settings;
    });
    const unwatchSettings = watchCalendarSettings((settings) => {
      state.settings.value = settings;
    });
    const stopRange = effect(load);
    void loadHistory();
    const unwatchPosts = watchStore('posts', load);
    const unwatchInbox = watchStore('inbox', () => void loadHistory());
    return () => {
      live = false;
      stopRange();
      unwatchSettings();
      unwatchPosts();
      unwatchInbox();
    };
  }, []);
}
