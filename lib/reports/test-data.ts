/** Hand-made report data for the KPI tests: items, calendar entries and events at chosen moments. */
import { DateTime } from 'luxon';
import type { AuditEvent } from '@/lib/audit/event';
import type { CalendarEntry } from '@/lib/calendar/entry';
import type { InboxItem } from '@/lib/inbox/item';
import { makeItem } from '@/lib/inbox/test-items';
import { DEFAULT_NETWORK, type Network } from '@/lib/networks';
import type { Period } from '@/lib/reports/period';

export const ZONE = 'Europe/Paris';

/** A wall-clock time in Paris ("2026-03-29T12:00") as UTC ms. */
export const paris = (local: string): number => DateTime.fromISO(local, { zone: ZONE }).toMillis();

/** The period of local days [first, last] in Paris. */
export function parisDays(first: string, last: string): Period {
  const start = DateTime.fromISO(first, { zone: ZONE });
  const end = DateTime.fromISO(last, { zone: ZONE }).plus({ days: 1 });
  return {
    from: start.toMillis(),
    to: end.toMillis(),
    zone: ZONE,
    first,
    last,
    days: Math.round(end.diff(start, 'days').days),
  };
}

let serial = 0;

export function item(capturedLocal: string, overrides: Partial<InboxItem> = {}): InboxItem {
  serial++;
  return makeItem(serial, {
    network: DEFAULT_NETWORK,
    capturedAt: paris(capturedLocal),
    status: 'new',
    text: '',
    tags: [],
    sentiment: 'neutral',
    answeredAt: undefined,
    ...overrides,
  });
}

export function entry(
  scheduledLocal: string,
  networks: Network[],
  overrides: Partial<CalendarEntry> = {},
): CalendarEntry {
  serial++;
  return {
    id: `entry-${serial}`,
    title: `Post ${serial}`,
    text: 'Hello',
    networks,
    variants: {},
    localDateTime: scheduledLocal,
    timeZone: ZONE,
    scheduledAt: paris(scheduledLocal),
    status: 'scheduled',
    labels: [],
    campaign: '',
    notes: '',
    createdAt: 0,
    updatedAt: 0,
    publishedOn: {},
    ...overrides,
  } as CalendarEntry;
}

export function event(
  type: AuditEvent['type'],
  atLocal: string,
  data: Record<string, unknown> = {},
  network: Network = DEFAULT_NETWORK,
): AuditEvent {
  return { at: paris(atLocal), type, network, data };
}

export const HOUR = 3_600_000;
