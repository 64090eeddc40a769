/**
 * The two PouchDB databases of a team connection: this device's mirror (IndexedDB, one per server
 * and database) and the team's CouchDB database (fetched with the connection's credentials, never
 * from the HTTP cache), and what a failed replication means for the user.
 */
import PouchDB from 'pouchdb-browser';
import { basicAuth } from '@/lib/background/sync/check-connection';
import type { Mirror } from '@/lib/background/sync/mirror-conflicts';
import { serverBase, type TeamConnection, type TeamProblem } from '@/lib/sync/connection';
import type { SharedDoc } from '@/lib/sync/doc';

/** Documents per request to either database. */
export const BATCH = 500;

export interface TeamDatabases {
  /** Server, database and credentials: another key is another connection. */
  key: string;
  mirror: Mirror;
  remote: Mirror;
  connection: TeamConnection;
}

/**
 * A local name per server and database: two teams never share a mirror. No `://` in it: PouchDB
 * would take the name for a remote address.
 */
function mirrorName(base: string, db: string): string {
  let hash = 0;
  for (const char of `${base}/${db}`) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0;
  return `cmc-team-${db}-${(hash >>> 0).toString(36)}`;
}

/**
 * The databases of this connection: `current` when it is the same connection, new ones otherwise,
 * null when the server address is not usable.
 */
export function openTeamDatabases(connection: TeamConnection, current: TeamDatabases | null): TeamDatabases | null {
  const parsed = serverBase(connection.url);
  if ('problem' in parsed) return null;
  const key = `${parsed.base}|${connection.db}|${connection.user}|${connection.password}`;
  if (current?.key === key) return current;
  const mirror = new PouchDB<SharedDoc>(mirrorName(parsed.base, connection.db), { auto_compaction: true });
  const authorization = basicAuth(connection.user, connection.password);
  const remote = new PouchDB<SharedDoc>(`${parsed.base}/${encodeURIComponent(connection.db)}`, {
    skip_setup: true,
    fetch: (url, options = {}) => {
      const headers = new Headers(options.headers);
      headers.set('Authorization', authorization);
      // No HTTP cache: a checkpoint or a change feed read from the cache would be stale.
      return PouchDB.fetch(url, { ...options, headers, credentials: 'omit', cache: 'no-store' });
    },
  });
  return { key, mirror, remote, connection };
}

/** What a failed replication means for the user, from the server's answer. */
export function problemOf(error: unknown): TeamProblem {
  const status = (error as { status?: number }).status;
  if (status === 401) return 'wrong-password';
  if (status === 403) return 'no-access';
  if (status === 404) return 'no-database';
  return 'unreachable';
}
