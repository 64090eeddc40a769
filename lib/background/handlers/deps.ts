import type { IDBPDatabase } from 'idb';
import type { CompanionDB } from '@/lib/db/schema';

/**
 * What every handler of the background gets from its wiring (lib/background/start.ts): the
 * database, the clock, ids, and the side panel opener. Its own file, so the handler files and
 * the list that gathers them (index.ts) do not import each other.
 */
export interface ServiceDeps {
  db: () => Promise<IDBPDatabase<CompanionDB>>;
  now: () => number;
  newId: () => string;
  openSidePanel: (windowId: number | undefined) => Promise<void>;
}
