import { computed, type ReadonlySignal, signal } from '@preact/signals';
import type { BestSlot } from '@/lib/calendar/best-time';
import type { CalendarEntry, EntryInput } from '@/lib/calendar/entry';
import type { ExportScope } from '@/lib/calendar/export-range';
import { type CalendarSettings, DEFAULT_CALENDAR_SETTINGS } from '@/lib/calendar/settings';
import { addDays, dateIn, startOfWeek, systemZone } from '@/lib/calendar/time';
import { now } from '@/lib/clock';
import type { IsoWeekday } from '@/lib/i18n/week-start';
import type { Network } from '@/lib/networks';

/** `ideas`: the content ideas saved from posts and pages (issue 21a). */
export type CalendarViewKind = 'week' | 'month' | 'agenda' | 'ideas';

export interface CalendarFilters {
  network: Network | '';
  account: string;
  label: string;
}

/** Days an agenda shows from its first day. */
export const AGENDA_DAYS = 30;

/** Signals of the Calendar section: what is shown, what is selected, what is being edited. */
export function createCalendarState(weekStart: ReadonlySignal<IsoWeekday>) {
  const settings = signal<CalendarSettings>(DEFAULT_CALENDAR_SETTINGS);
  const zone = computed(() => settings.value.defaultTimeZone || systemZone());
  const view = signal<CalendarViewKind>('week');
  /** A day (yyyy-MM-dd) inside the period shown. */
  const anchor = signal(dateIn(now(), zone.value));
  const filters = signal<CalendarFilters>({ network: '', account: '', label: '' });
  const entries = signal<CalendarEntry[]>([]);
  const learned = signal<BestSlot[]>([]);
  const selectedId = signal<string | null>(null);
  const editing = signal<EntryInput | null>(null);
  /** Set after a keyboard move: the moved entry's chip takes focus again once re-rendered. */
  const refocus = signal(false);
  const notice = signal<{ kind: 'ok' | 'error'; text: string; details?: string[] } | null>(null);

  /** The days shown (yyyy-MM-dd); weeks start on the UI locale's first day. */
  const days = computed(() => {
    if (view.value === 'week') return range(startOfWeek(anchor.value, weekStart.value), 7);
    if (view.value === 'month') return range(startOfWeek(`${anchor.value.slice(0, 8)}01`, weekStart.value), 42);
    return range(anchor.value, AGENDA_DAYS);
  });
  const visible = computed(() => filterEntries(entries.value, filters.value));
  /** What Export covers, and the dates chosen for a custom range. */
  const exportScope = signal<ExportScope>('shown');
  const exportCustom = signal({ from: '', to: '' });
  return {
    weekStart,
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
    exportScope,
    exportCustom,
  };
}

/** The entries the toolbar's network, account and label filters keep. */
export function filterEntries(entries: readonly CalendarEntry[], filters: CalendarFilters): CalendarEntry[] {
  const { network, account, label } = filters;
  const wanted = account.replace(/^@/, '').toLowerCase();
  return entries.filter(
    (entry) =>
      (!network || entry.networks.includes(network)) &&
      (!wanted ||
        Object.values(entry.variants).some(
          (variant) => variant?.account?.replace(/^@/, '').toLowerCase() === wanted,
        )) &&
      (!label || entry.labels.includes(label) || entry.campaign === label),
  );
}

function range(start: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addDays(start, index));
}

export type CalendarState = ReturnType<typeof createCalendarState>;
