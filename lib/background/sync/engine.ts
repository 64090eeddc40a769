/**
 * Team sync: a PouchDB database in the background mirrors the shared part of the local stores and
 * replicates with the team's CouchDB database, both ways. Local-first: every view reads the local
 * stores; the mirror is written after them and replicated on each local write (debounced), on a
 * one-minute alarm, and live while a side panel is open. What arrives is merged (lib/sync/merge.ts)
 * and written to the local stores. PouchDB keeps its replication checkpoints itself, and how far
 * the local stores have taken the mirror's changes is in storage: a stopped worker resumes where it was.
 */
import { checkConnection } from '@/lib/background/sync/check-connection';
import { sharedIdOf } from '@/lib/background/sync/local-stores';
import { mirrorRecords } from '@/lib/background/sync/mirror-records';
import { type Applied, type Stores, takeIncoming } from '@/lib/background/sync/take-incoming';
import { BATCH, openTeamDatabases, problemOf, type TeamDatabases } from '@/lib/background/sync/team-databases';
import { type KeepChoice, teamConflictsItem } from '@/lib/sync/conflicts';
import {
  serverBase,
  serverOrigin,
  type TeamConnection,
  type TeamProblem,
  type TeamStatus,
  teamAppliedSeqItem,
  teamConnectionItem,
  teamStatusItem,
} from '@/lib/sync/connection';
import { docId, SHARED_KINDS, type SharedKind } from '@/lib/sync/doc';
import { resolveConflict } from '@/lib/sync/merge';

export interface TeamSyncDeps {
  stores: Stores;
  now: () => number;
  hasPermission: (origin: string) => Promise<boolean>;
  /** The local stores of these kinds changed from the team: tell the views. */
  applied: Applied;
}

const PUSH_DELAY_MS = 1500;

export function createTeamSync(deps: TeamSyncDeps) {
  let opened: TeamDatabases | null = null;
  let live: ReturnType<TeamDatabases['mirror']['sync']> | null = null;
  /** A side panel is open: replication stays live (and starts as soon as a team is connected). */
  let wantLive = false;
  let pushTimer: ReturnType<typeof setTimeout> | undefined;
  let applying: Promise<unknown> = Promise.resolve();
  let running: Promise<void> | null = null;

  const open = async () => {
    const connection = await teamConnectionItem.getValue();
    if (!connection) return null;
    const next = openTeamDatabases(connection, opened);
    if (!next) return null;
    opened = next;
    return opened;
  };

  const setStatus = async (change: Partial<TeamStatus>) => {
    const current = await teamStatusItem.getValue();
    await teamStatusItem.setValue({ ...current, ...change });
  };

  /** Takes the mirror's new changes into the local stores (one taking at a time). */
  const applyIncoming = () => {
    applying = applying.then(async () => {
      const state = await open();
      if (state) await takeIncoming(state, deps.stores, deps.applied);
    });
    return applying;
  };

  /** One replication both ways, then the local stores take what came. */
  const syncOnce = async () => {
    const state = await open();
    if (!state) return;
    await setStatus({ state: 'syncing' });
    try {
      await state.mirror.sync(state.remote, { batch_size: BATCH });
      await applyIncoming();
      await setStatus({ state: 'idle', lastSyncAt: deps.now(), problem: null });
    } catch (error) {
      const problem = problemOf(error);
      await setStatus({ state: problem === 'unreachable' ? 'offline' : 'error', problem });
    }
  };

  const syncSoon = () => {
    if (live) return; // a live replication carries the write already
    clearTimeout(pushTimer);
    pushTimer = setTimeout(() => void run(), PUSH_DELAY_MS);
  };

  /** One replication at a time; a request while one runs runs once more after it. */
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = syncOnce().finally(() => {
      running = null;
      if (again) {
        again = false;
        void run();
      }
    });
    return running;
  };

  return {
    /** The background wrote these records of a shared kind (ids as the local store knows them). */
    async changed(kind: SharedKind, ids: readonly string[]) {
      const state = await open();
      if (!state || ids.length === 0) return;
      const entries = await deps.stores.read(kind, ids);
      await mirrorRecords(state.mirror, kind, entries, state.connection.user, deps.now);
      syncSoon();
    },

    /** Joining a team: this device's shared records go into the mirror (nothing is deleted). */
    async bringLocal() {
      const state = await open();
      if (!state) return;
      for (const kind of SHARED_KINDS) {
        const records = await deps.stores.all(kind);
        await mirrorRecords(
          state.mirror,
          kind,
          records.map((record) => ({ sharedId: sharedIdOf(kind, record), record })),
          state.connection.user,
          deps.now,
        );
      }
    },

    syncNow: run,

    /**
     * "Keep which?" answered on this device: the chosen version written to the mirror (the others
     * dropped), taken into the local store like any change, and replicated to the team.
     */
    async resolve(kind: SharedKind, id: string, keep: KeepChoice): Promise<boolean> {
      const state = await open();
      if (!state) return false;
      const doc = await state.mirror.get(docId(kind, id)).catch(() => null);
      if (!doc?.conflicts?.length || (keep !== 'current' && !doc.conflicts[keep])) return false;
      await state.mirror.put(resolveConflict(doc, keep, deps.now(), state.connection.user));
      await applyIncoming();
      syncSoon();
      return true;
    },

    /** Connects (after the check), brings this device's shared data and syncs. */
    async connect(connection: TeamConnection): Promise<TeamProblem | null> {
      const problem = await checkConnection(connection, deps.hasPermission);
      if (problem) return problem;
      await this.disconnect(false);
      await teamConnectionItem.setValue(connection);
      await teamAppliedSeqItem.setValue(0);
      await setStatus({ state: 'syncing', problem: null, lastSyncAt: null });
      await this.bringLocal();
      await run();
      if (wantLive) void this.startLive();
      return null;
    },

    /** Signing out: the credentials and this device's mirror go; the local stores keep everything. */
    async disconnect(forget = true) {
      const keepLive = wantLive;
      this.stopLive();
      wantLive = keepLive;
      const state = await open();
      if (state && forget) await state.mirror.destroy();
      opened = null;
      if (forget) {
        await teamConnectionItem.setValue(null);
        await teamAppliedSeqItem.setValue(0);
        await teamStatusItem.setValue({ state: 'off', lastSyncAt: null, problem: null });
        await teamConflictsItem.setValue({ me: '', conflicts: [] });
      }
    },

    async startLive() {
      wantLive = true;
      const state = await open();
      if (!state || live) return;
      live = state.mirror.sync(state.remote, { live: true, retry: true, batch_size: BATCH });
      live
        .on('change', (info) => {
          if (info.direction === 'pull') void applyIncoming();
        })
        .on(
          'paused',
          (error) =>
            void setStatus(
              error
                ? { state: 'offline', problem: 'unreachable' }
                : { state: 'idle', lastSyncAt: deps.now(), problem: null },
            ),
        )
        .on('active', () => void setStatus({ state: 'syncing' }))
        .on('denied', () => void setStatus({ state: 'error', problem: 'no-access' }))
        .on('error', (error) => void setStatus({ state: 'error', problem: problemOf(error) }));
    },

    stopLive() {
      wantLive = false;
      live?.cancel();
      live = null;
    },

    origin: (url: string) => {
      const parsed = serverBase(url);
      return 'problem' in parsed ? null : serverOrigin(parsed.base);
    },
  };
}
