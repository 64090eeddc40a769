import type { IDBPDatabase } from 'idb';
import type { CompanionDB } from '@/lib/db/schema';
import type { ConflictKind, KeepChoice } from '@/lib/sync/conflicts';
import type { TeamConnection, TeamProblem } from '@/lib/sync/connection';
import type { SharedKind } from '@/lib/sync/doc';

/** The team sync as the handlers see it (lib/background/sync); absent where there is none (unit tests). */
export interface TeamSyncPort {
  /** The background wrote these records of a shared kind: the team's mirror follows. */
  changed(kind: SharedKind, ids: readonly string[]): Promise<void>;
  test(connection: TeamConnection): Promise<TeamProblem | null>;
  connect(connection: TeamConnection): Promise<TeamProblem | null>;
  syncNow(): Promise<void>;
  disconnect(): Promise<void>;
  /** "Keep which?" answered: the chosen version stays, for everyone. False when there was nothing to choose. */
  resolve(kind: ConflictKind, id: string, keep: KeepChoice): Promise<boolean>;
}

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
  team?: TeamSyncPort;
}
