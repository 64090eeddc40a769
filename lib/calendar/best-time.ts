/**
 * Best-time slots per network: the user's windows (the seed's evening window by default), the
 * studies' weekday late mornings as labelled alternatives, and slots learned from the user's own
 * history (published posts, answered mentions) once there is enough of it.
 */
import { DateTime } from 'luxon';
import {
  type CalendarSettings,
  SEED_EVENING,
  STUDY_WINDOWS,
  type TimeWindow,
  userWindows,
} from '@/lib/calendar/settings';
import { weekdayAndMinute } from '@/lib/calendar/time';
import type { Network } from '@/lib/networks';

export type SlotSource = 'learned' | 'settings' | 'study';

export interface BestSlot {
  network: Network;
  window: TimeWindow;
  source: SlotSource;
  /** For learned slots: how many of the user's actions fell in it. */
  count?: number;
}

/** One thing the user did on a network at a time: a post published, a mention answered. */
export interface HistoryPoint {
  network: Network;
  at: number;
}

/** History needed on a network before learned slots are offered. */
export const MIN_HISTORY = 8;
/** A learned hour needs at least this many actions. */
const MIN_IN_SLOT = 3;
const MAX_LEARNED = 3;

const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/**
 * Hours of the day the user acts most on each network, in their zone: the top hours with at
 * least MIN_IN_SLOT actions, on the weekdays they happened.
 */
export function learnSlots(history: readonly HistoryPoint[], zone: string): BestSlot[] {
  const byNetwork = new Map<Network, HistoryPoint[]>();
  for (const point of history) byNetwork.set(point.network, [...(byNetwork.get(point.network) ?? []), point]);
  const slots: BestSlot[] = [];
  for (const [network, points] of byNetwork) {
    if (points.length < MIN_HISTORY) continue;
    const hours = new Map<number, { count: number; days: Set<number> }>();
    for (const { at } of points) {
      const local = DateTime.fromMillis(at, { zone });
      const bucket = hours.get(local.hour) ?? { count: 0, days: new Set<number>() };
      bucket.count++;
      bucket.days.add(local.weekday);
      hours.set(local.hour, bucket);
    }
    const top = [...hours]
      .filter(([, bucket]) => bucket.count >= MIN_IN_SLOT)
      .sort((a, b) => b[1].count - a[1].count || a[0] - b[0])
      .slice(0, MAX_LEARNED);
    for (const [hour, bucket] of top) {
      slots.push({
        network,
        source: 'learned',
        count: bucket.count,
        window: {
          days: [...bucket.days].sort((a, b) => a - b),
          start: hh(hour),
          end: hour === 23 ? '24:00' : hh(hour + 1),
        },
      });
    }
  }
  return slots;
}

/** Every best-time slot for a network, learned ones first, each labelled with where it comes from. */
export function bestSlots(network: Network, settings: CalendarSettings, learned: readonly BestSlot[] = []): BestSlot[] {
  return [
    ...learned.filter((slot) => slot.network === network),
    ...userWindows(settings, network).map((window) => ({ network, window, source: 'settings' as const })),
    ...(STUDY_WINDOWS[network] ?? []).map((window) => ({ network, window, source: 'study' as const })),
  ];
}

/** Whether a wall-clock time falls in a window (start included, end excluded). */
export function inWindow(localDateTime: string, window: TimeWindow): boolean {
  const { weekday, minute } = weekdayAndMinute(localDateTime);
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return window.days.includes(weekday) && minute >= toMinutes(window.start) && minute < toMinutes(window.end);
}

/**
 * The slot that makes a time a good one for any of the networks, preferring the user's own
 * windows and learned slots over the studies' alternatives; null when none does.
 */
export function bestSlotAt(
  localDateTime: string,
  networks: readonly Network[],
  settings: CalendarSettings,
  learned: readonly BestSlot[] = [],
): BestSlot | null {
  const rank: Record<SlotSource, number> = { learned: 0, settings: 1, study: 2 };
  let found: BestSlot | null = null;
  for (const network of networks) {
    for (const slot of bestSlots(network, settings, learned)) {
      if (inWindow(localDateTime, slot.window) && (!found || rank[slot.source] < rank[found.source])) found = slot;
    }
  }
  return found;
}

export { SEED_EVENING };
