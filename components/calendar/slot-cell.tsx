import type { ComponentChildren } from 'preact';
import { dropEntry, newEntryAt } from '@/components/calendar/calendar-actions';
import type { CalendarState } from '@/components/calendar/calendar-state';
import { DRAG_TYPE } from '@/components/calendar/entry-chip';
import { useAppState } from '@/components/state/app-state';
import type { BestSlot } from '@/lib/calendar/best-time';

interface Props {
  state: CalendarState;
  day: string;
  /** HH:mm in the week view; undefined for a whole day (month view). */
  time?: string;
  /** What the "new post" button of the slot says. */
  label: string;
  best: BestSlot | null;
  class?: string;
  children?: ComponentChildren;
}

/** A slot of the grid: click (or Enter on its button) creates an entry there; entries dropped here move here. */
export function SlotCell({ state, day, time, label, best, class: extra = '', children }: Props) {
  const { t } = useAppState();
  const bestClass = best ? ` is-best is-best-${best.source}` : '';
  const bestText = best ? t(`calendarBest_${best.source}`) : '';
  return (
    <td
      class={`slot${bestClass} ${extra}`}
      data-day={day}
      data-time={time}
      onDragOver={(event) => {
        if (event.dataTransfer?.types.includes(DRAG_TYPE)) {
          event.preventDefault();
          event.currentTarget.classList.add('is-drop');
        }
      }}
      onDragLeave={(event) => event.currentTarget.classList.remove('is-drop')}
      onDrop={(event) => {
        event.preventDefault();
        event.currentTarget.classList.remove('is-drop');
        const id = event.dataTransfer?.getData(DRAG_TYPE);
        const entry = state.entries.value.find((candidate) => candidate.id === id);
        if (entry) void dropEntry(state, entry, day, time, t);
      }}
    >
      <button
        type="button"
        class="slot__new"
        aria-label={bestText ? `${label} (${bestText})` : label}
        title={bestText || undefined}
        onClick={() => newEntryAt(state, day, time)}
      />
      <div class="slot__content">{children}</div>
    </td>
  );
}
