import { accountFor, type CalendarEntry } from '@/lib/calendar/entry';
import type { Network } from '@/lib/networks';

/** Two posts on one account closer than this many minutes are flagged (Settings → Calendar). */
export const DEFAULT_CONFLICT_GAP_MINUTES = 60;

export interface Conflict {
  network: Network;
  /** The account both posts target ('' when neither names one: the network's default account). */
  account: string;
  ids: [string, string];
  minutesApart: number;
}

/**
 * Pairs of entries that post on the same network and account within `gapMinutes` of each other.
 * Ideas and missed entries are left out: they are not going to leave at that time.
 */
export function findConflicts(entries: readonly CalendarEntry[], gapMinutes: number): Conflict[] {
  const live = entries
    .filter((entry) => entry.status === 'draft' || entry.status === 'scheduled' || entry.status === 'published')
    .sort((a, b) => a.scheduledAt - b.scheduledAt);
  const gap = gapMinutes * 60_000;
  const conflicts: Conflict[] = [];
  for (let i = 0; i < live.length; i++) {
    const a = live[i] as CalendarEntry;
    for (let j = i + 1; j < live.length; j++) {
      const b = live[j] as CalendarEntry;
      const apart = b.scheduledAt - a.scheduledAt;
      if (apart >= gap) break;
      for (const network of a.networks) {
        if (!b.networks.includes(network)) continue;
        const account = accountFor(a, network).toLowerCase();
        if (account !== accountFor(b, network).toLowerCase()) continue;
        conflicts.push({ network, account, ids: [a.id, b.id], minutesApart: Math.round(apart / 60_000) });
      }
    }
  }
  return conflicts;
}

/** The ids of every entry in a conflict, with what it conflicts with, for flagging in the views. */
export function conflictIndex(conflicts: readonly Conflict[]): Map<string, Conflict[]> {
  const index = new Map<string, Conflict[]>();
  for (const conflict of conflicts) {
    for (const id of conflict.ids) index.set(id, [...(index.get(id) ?? []), conflict]);
  }
  return index;
}
