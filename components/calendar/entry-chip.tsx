import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { editEntry, shiftEntry, viewLocal } from '@/components/calendar/calendar-actions';
import type { CalendarState } from '@/components/calendar/calendar-state';
import { useHeld } from '@/components/crisis/use-crisis';
import { useAppState } from '@/components/state/app-state';
import type { Conflict } from '@/lib/calendar/conflicts';
import type { CalendarEntry } from '@/lib/calendar/entry';
import { splitLocal } from '@/lib/calendar/time';
import { NETWORK_NAMES } from '@/lib/networks';

export const DRAG_TYPE = 'text/x-cmc-entry';

interface Props {
  state: CalendarState;
  entry: CalendarEntry;
  conflicts: readonly Conflict[] | undefined;
}

/**
 * One entry in the week or month grid: click or Enter edits, drag moves, and the keyboard
 * alternative to dragging is Alt+←/→ (a day) and Alt+↑/↓ (an hour; a week in the month view).
 */
export function EntryChip({ state, entry, conflicts }: Props) {
  const { t } = useAppState();
  const ref = useRef<HTMLButtonElement>(null);
  const selected = state.selectedId.value === entry.id;
  useEffect(() => {
    // The moved entry renders as a new chip in its new slot: that one takes the focus.
    if (selected && state.refocus.value && ref.current && ref.current !== document.activeElement) {
      state.refocus.value = false;
      ref.current?.focus();
    }
  });
  const { time } = splitLocal(viewLocal(state, entry));
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLButtonElement>) => {
    if (!event.altKey) return;
    const month = state.view.value === 'month';
    const moves: Record<string, { days?: number; minutes?: number }> = {
      ArrowLeft: { days: -1 },
      ArrowRight: { days: 1 },
      ArrowUp: month ? { days: -7 } : { minutes: -60 },
      ArrowDown: month ? { days: 7 } : { minutes: 60 },
    };
    const by = moves[event.key];
    if (!by) return;
    event.preventDefault();
    state.selectedId.value = entry.id;
    state.refocus.value = true;
    void shiftEntry(state, entry, by, t);
  };
  const held = useHeld(entry.id);
  const first = conflicts?.[0];
  const conflictText = first
    ? t('calendarConflict', [
        first.account ? `@${first.account}` : NETWORK_NAMES[first.network],
        String(first.minutesApart),
      ])
    : '';
  const label = [
    time,
    entry.title,
    t(`calendarStatus_${entry.status}`),
    held ? t('crisisHeld') : '',
    entry.networks.map((n) => NETWORK_NAMES[n]).join(', '),
    conflictText,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <button
      ref={ref}
      type="button"
      class={`entry-chip status-${entry.status}${conflicts?.length ? ' is-conflict' : ''}${selected ? ' is-selected' : ''}${held ? ' is-held' : ''}`}
      data-entry-id={entry.id}
      draggable
      aria-label={label}
      title={`${label}\n${t('calendarMoveHint')}`}
      onDragStart={(event) => {
        event.dataTransfer?.setData(DRAG_TYPE, entry.id);
        if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
      }}
      onClick={() => editEntry(state, entry)}
      onFocus={() => {
        state.selectedId.value = entry.id;
      }}
      onKeyDown={onKeyDown}
    >
      <span class="entry-chip__time">{time}</span>
      {held ? (
        <span class="entry-chip__held" aria-hidden="true">
          ‖
        </span>
      ) : null}
      {conflicts?.length ? (
        <span class="entry-chip__warn" aria-hidden="true">
          ⚠
        </span>
      ) : null}
      <span class="entry-chip__title">{entry.title}</span>
    </button>
  );
}
