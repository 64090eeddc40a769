/**
 * "Test connection": asks the server, step by step, what CouchDB answers, so the user reads the
 * one thing that is wrong: the address (unreachable), the server's CORS settings, the password,
 * or the user's access to the team database. `fetcher` is the platform's fetch in the background.
 */
import { serverBase, type TeamConnection, type TeamProblem } from '@/lib/sync/connection';

export function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

export async function checkConnection(
  connection: TeamConnection,
  hasPermission: (origin: string) => Promise<boolean>,
  fetcher: typeof fetch = fetch,
): Promise<TeamProblem | null> {
  const parsed = serverBase(connection.url);
  if ('problem' in parsed) return parsed.problem;
  const { base } = parsed;
  if (!(await hasPermission(base))) return 'permission';
  const authorization = basicAuth(connection.user, connection.password);
  let session: Response;
  try {
    session = await fetcher(`${base}/_session`, {
      headers: { authorization, accept: 'application/json' },
      credentials: 'omit',
    });
  } catch {
    // The request failed before any answer: a server that answers without CORS headers is
    // reachable without them (an opaque answer), one that is down is not.
    try {
      await fetcher(base, { mode: 'no-cors', credentials: 'omit' });
      return 'cors';
    } catch {
      return 'unreachable';
    }
  }
  if (session.status === 401) return 'wrong-password';
  if (!session.ok) return 'unreachable';
  const body = (await session.json().catch(() => null)) as { userCtx?: { name?: string | null } } | null;
  if (!body?.userCtx?.name) return 'wrong-password';
  const database = await fetcher(`${base}/${encodeURIComponent(connection.db)}`, {
    headers: { authorization, accept: 'application/json' },
    credentials: 'omit',
  });
  if (database.status === 404) return 'no-database';
  if (database.status === 401 || database.status === 403) return 'no-access';
  return database.ok ? null : 'unreachable';
}
