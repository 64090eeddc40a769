/**
 * Crisis mode: while it is on, every planned (scheduled) post is held: no reminder, no publish
 * hand-over, never marked missed, until the user resumes it (one by one, or all) or turns crisis
 * mode off. The entries themselves are never changed, so turning it off restores them exactly.
 */
export interface CrisisMode {
  on: boolean;
  /** When it was turned on (UTC ms); null when off. */
  since: number | null;
  /** Planned posts the user let go during this crisis. */
  resumed: string[];
}

export const CRISIS_OFF: CrisisMode = { on: false, since: null, resumed: [] };

/** Any stored value as a valid mode (plain checks: the template picker's bundle reads it, without zod). */
export function parseCrisisMode(value: unknown): CrisisMode {
  const stored = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  if (stored.on !== true) return CRISIS_OFF;
  const since = typeof stored.since === 'number' && Number.isFinite(stored.since) ? stored.since : null;
  const resumed = Array.isArray(stored.resumed)
    ? stored.resumed.filter((id): id is string => typeof id === 'string' && id.length <= 200).slice(0, 10_000)
    : [];
  return { on: true, since, resumed };
}

/** Is this calendar entry held by crisis mode? Only planned posts are: drafts, ideas and the past are not. */
export function isHeld(mode: CrisisMode, entry: { id: string; status: string }): boolean {
  return mode.on && entry.status === 'scheduled' && !mode.resumed.includes(entry.id);
}

/** Crisis mode switched on at `now` (kept as it is when already on). */
export function crisisOn(mode: CrisisMode, now: number): CrisisMode {
  return mode.on ? mode : { on: true, since: now, resumed: [] };
}

/** The mode with these planned posts let go. */
export function resume(mode: CrisisMode, entryIds: readonly string[]): CrisisMode {
  if (!mode.on) return mode;
  return { ...mode, resumed: [...new Set([...mode.resumed, ...entryIds])] };
}
