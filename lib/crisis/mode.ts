/**
 * Crisis mode: while it is on, every planned (scheduled) post is held: no reminder, no publish
 * hand-over, never marked missed, until the user resumes it (one by one, or all) or turns crisis
 * mode off. The entries themselves are never changed, so turning it off restores them exactly.
 */
import { z } from 'zod/mini';

export interface CrisisMode {
  on: boolean;
  /** When it was turned on (UTC ms); null when off. */
  since: number | null;
  /** Planned posts the user let go during this crisis. */
  resumed: string[];
}

export const CRISIS_OFF: CrisisMode = { on: false, since: null, resumed: [] };

const modeSchema = z.object({
  on: z.boolean(),
  since: z.catch(z.nullable(z.number()), null),
  resumed: z.catch(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(10_000)), []),
});

export function parseCrisisMode(value: unknown): CrisisMode {
  const parsed = modeSchema.safeParse(value);
  if (!parsed.success || !parsed.data.on) return CRISIS_OFF;
  return parsed.data;
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
