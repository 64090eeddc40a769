/**
 * The team's server, as the user typed it in Settings → Team, and what the sync says about itself.
 * The password lives in `storage.local` only: never in a backup (lib/backup lists what it takes),
 * an export, a message to a page, or a log. Signing out removes it.
 */
import { storage } from '@wxt-dev/storage';
import { z } from 'zod';

export const teamConnectionSchema = z.object({
  /** The CouchDB server, e.g. https://couch.example.org (HTTPS required except on this computer). */
  url: z.string().trim().min(1).max(500),
  /** The team's database on that server. */
  db: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_$()+/-]*$/, 'lowercase letters, digits and _$()+-/ only, starting with a letter')
    .max(200),
  user: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(500),
});
export type TeamConnection = z.infer<typeof teamConnectionSchema>;

export type TeamState = 'off' | 'syncing' | 'idle' | 'offline' | 'error';
export interface TeamStatus {
  state: TeamState;
  /** When both directions last completed (ms). */
  lastSyncAt: number | null;
  /** The last problem, in the words of TeamProblem. */
  problem: TeamProblem | null;
}

/** What "Test connection" and the sync can say is wrong, each with its own message for the user. */
export const TEAM_PROBLEMS = [
  'insecure',
  'bad-url',
  'unreachable',
  'cors',
  'wrong-password',
  'no-access',
  'no-database',
  'permission',
] as const;
export type TeamProblem = (typeof TEAM_PROBLEMS)[number];

export const teamConnectionItem = storage.defineItem<TeamConnection | null>('local:team.connection', {
  fallback: null,
  version: 1,
});
export const teamStatusItem = storage.defineItem<TeamStatus>('local:team.status', {
  fallback: { state: 'off', lastSyncAt: null, problem: null },
  version: 1,
});
/** How far the local stores have taken in the team database's changes (its update sequence). */
export const teamAppliedSeqItem = storage.defineItem<string | number>('local:team.appliedSeq', { fallback: 0 });

/** The server's base address, or why it cannot be used: HTTPS is required except on this computer. */
export function serverBase(url: string): { base: string } | { problem: 'insecure' | 'bad-url' } {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return { problem: 'bad-url' };
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local)) {
    return parsed.protocol === 'http:' ? { problem: 'insecure' } : { problem: 'bad-url' };
  }
  if (parsed.username || parsed.password || parsed.search || parsed.hash) return { problem: 'bad-url' };
  return { base: `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}` };
}

/** The permission pattern for the server (an optional host permission, asked when connecting). */
export function serverOrigin(base: string): string {
  return `${new URL(base).origin}/*`;
}
