import { computed, signal } from '@preact/signals';
import { DateTime } from 'luxon';
import type { BestSlot } from '@/lib/calendar/best-time';
import type { CalendarEntry, EntryInput } from '@/lib/calendar/entry';
import { type CalendarSettings, DEFAULT_CALENDAR_SETTINGS } from '@/lib/calendar/settings';
import { systemZone } from '@/lib/calendar/time';
import type { Network } from '@/lib/networks';

export type CalendarViewKind = 'week' | 'month' | 'agenda';

export interface CalendarFilters {
  network: Network | '';
  account: string;
  label: string;
}

/** Days an agenda shows from its first day. */
export const AGENDA_DAYS = 30;

/** Signals of the Calendar section: what is shown, what is selected, what is being edited. */
export function createCalendarState() {
  const settings = signal<CalendarSettings>(DEFAULT_CALENDAR_SETTINGS);
  const zone = computed(() => settings.value.defaultTimeZone || systemZone());
  const view = signal<CalendarViewKind>('week');
  /** A day (yyyy-MM-dd) inside the period shown. */
  const anchor = signal(DateTime.now().toISODate() ?? '');
  const filters = signal<CalendarFilters>({ network: '', account: '', label: '' });
  const entries = signal<CalendarEntry[]>([]);
  const learned = signal<BestSlot[]>([]);
  const selectedId = signal<string | null>(null);
  const editing = signal<EntryInput | null>(null);
  /** Set after a keyboard move: the moved entry's chip takes focus again once re-rendered. */
  const refocus = signal(false);
  const notice = signal<{ kind: 'ok' | 'error'; text: string; details?: string[] } | null>(null);

  /** The days shown (yyyy-MM-dd), Monday first for week and month. */
  const days = computed(() => {
    const day = DateTime.fromISO(anchor.value, { zone: 'UTC' });
    if (view.value === 'week') return range(day.startOf('week'), 7);
    if (view.value === 'month') return range(day.startOf('month').startOf('week'), 42);
    return range(day, AGENDA_DAYS);
  });
  const visible = computed(() => {
    const { network, account, label } = filters.value;
    const wanted = account.replace(/^@/, '').toLowerCase();
    return entries.value.filter(
      (entry) =>
        (!network || entry.networks.includes(network)) &&
        (!wanted ||
          Object.values(entry.variants).some(
            (variant) => variant?.account?.replace(/^@/, '').toLowerCase() === wanted,
          )) &&
        (!label || entry.labels.includes(label) || entry.campaign === label),
    );
  });
  return {
    settings,
    zone,
    view,
    anchor,
    filters,
    entries,
    learned,
    selectedId,
    editing,
    refocus,
    notice,
    days,
    visible,
  };
}

function range(start: DateTime, count: number): string[] {
  return Array.from({ length: count }, (_, index) => start.plus({ days: index }).toISODate() ?? '');
}

export type CalendarState = ReturnType<typeof createCalendarState>;
