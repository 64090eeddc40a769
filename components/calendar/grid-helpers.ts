import { computed } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { viewLocal } from '@/components/calendar/calendar-actions';
import type { CalendarState } from '@/components/calendar/calendar-state';
import { bestSlotAt } from '@/lib/calendar/best-time';
import { type Conflict, conflictIndex, findConflicts } from '@/lib/calendar/conflicts';
import type { CalendarEntry } from '@/lib/calendar/entry';
import { splitLocal } from '@/lib/calendar/time';
import { NETWORKS } from '@/lib/networks';

/** Entries by view-local day (yyyy-MM-dd), sorted by time, and the conflicts of each entry. */
export function useGridData(state: CalendarState) {
  return useMemo(() => {
    const byDay = computed(() => {
      const map = new Map<string, CalendarEntry[]>();
      for (const entry of [...state.visible.value].sort((a, b) => a.scheduledAt - b.scheduledAt)) {
        const { date } = splitLocal(viewLocal(state, entry));
        map.set(date, [...(map.get(date) ?? []), entry]);
      }
      return map;
    });
    const conflicts = computed<Map<string, Conflict[]>>(() =>
      conflictIndex(findConflicts(state.entries.value, state.settings.value.conflictGapMinutes)),
    );
    return { byDay, conflicts };
  }, [state]);
}

/** The best-time slot at a wall-clock time for the networks filtered on (all networks without a filter). */
export function bestAt(state: CalendarState, localDateTime: string) {
  const network = state.filters.value.network;
  return bestSlotAt(localDateTime, network ? [network] : NETWORKS, state.settings.value, state.learned.value);
}

export const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
