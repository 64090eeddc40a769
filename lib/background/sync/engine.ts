/**
 * Team sync: a PouchDB database in the background mirrors the shared part of the local stores and
 * replicates with the team's CouchDB database, both ways. Local-first: every view reads the local
 * stores; the mirror is written after them and replicated on each local write (debounced), on a
 * one-minute alarm, and live while a side panel is open. What arrives is merged (lib/sync/merge.ts)
 * and written to the local stores. PouchDB keeps its replication checkpoints itself, and how far
 * the local stores have taken the mirror's changes is in storage: a stopped worker resumes where it was.
 */
import PouchDB from 'pouchdb-browser';
import { basicAuth, checkConnection } from '@/lib/background/sync/check-connection';
import { type Incoming, type localStores, sharedIdOf } from '@/lib/background/sync/local-stores';
import { type Mirror, noteConflicts, resolveConflicts } from '@/lib/background/sync/mirror-conflicts';
import { type ConflictUpdate, conflictUpdate, type KeepChoice, teamConflictsItem } from '@/lib/sync/conflicts';
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
import {
  docId,
  kindOfDocId,
  SHARED_KINDS,
  type SharedDoc,
  type SharedKind,
  type SharedRecord,
  toDoc,
} from '@/lib/sync/doc';
import { resolveConflict } from '@/lib/sync/merge';

type Stores = ReturnType<typeof localStores>;

export interface TeamSyncDeps {
  stores: Stores;
  now: () => number;
  hasPermission: (origin: string) => Promise<boolean>;
  /** The local stores of these kinds changed from the team: tell the views. */
  applied: (result: Awaited<ReturnType<Stores['apply']>>) => Promise<void>;
}

const PUSH_DELAY_MS = 1500;
const BATCH = 500;

/**
 * A local name per server and database: two teams never share a mirror. No `://` in it: PouchDB
 * would take the name for a remote address.
 */
function mirrorName(base: string, db: string): string {
  let hash = 0;
  for (const char of `${base}/${db}`) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0;
  return `cmc-team-${db}-${(hash >>> 0).toString(36)}`;
}

export function createTeamSync(deps: TeamSyncDeps) {
  let opened: { key: string; mirror: Mirror; remote: Mirror; connection: TeamConnection } | null = null;
  let live: ReturnType<Mirror['sync']> | null = null;
  /** A side panel is open: replication stays live (and starts as soon as a team is connected). */
  let wantLive = false;
  let pushTimer: ReturnType<typeof setTimeout> | undefined;
  let applying: Promise<unknown> = Promise.resolve();
  let running: Promise<void> | null = null;

  const open = async () => {
    const connection = await teamConnectionItem.getValue();
    if (!connection) return null;
    const parsed = serverBase(connection.url);
    if ('problem' in parsed) return null;
    const key = `${parsed.base}|${connection.db}|${connection.user}|${connection.password}`;
    if (opened?.key === key) return opened;
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
    opened = { key, mirror, remote, connection };
    return opened;
  };

  const setStatus = async (change: Partial<TeamStatus>) => {
    const current = await teamStatusItem.getValue();
    await teamStatusItem.setValue({ ...current, ...change });
  };

  const problemOf = (error: unknown): TeamProblem => {
    const status = (error as { status?: number }).status;
    if (status === 401) return 'wrong-password';
    if (status === 403) return 'no-access';
    if (status === 404) return 'no-database';
    return 'unreachable';
  };

  /** Writes the mirror documents of these local records (or their deletion). */
  const mirrorRecords = async (
    mirror: Mirror,
    kind: SharedKind,
    entries: Array<{ sharedId: string; record: SharedRecord | null }>,
    me: string,
  ) => {
    for (let start = 0; start < entries.length; start += BATCH) {
      const batch = entries.slice(start, start + BATCH);
      const ids = batch.map((entry) => docId(kind, entry.sharedId));
      const existing = await mirror.allDocs({ keys: ids, include_docs: true });
      const docs: SharedDoc[] = [];
      batch.forEach((entry, at) => {
        const row = existing.rows[at] as { doc?: SharedDoc; value?: { rev: string; deleted?: boolean } } | undefined;
        const previous = row?.doc ?? null;
        if (!entry.record) {
          if (previous && !previous._deleted) docs.push({ ...previous, _deleted: true });
          return;
        }
        const next = toDoc(kind, { ...entry.record, id: entry.record.id }, previous, deps.now(), me);
        if (next) docs.push({ ...next, _id: ids[at] as string, ...(row?.value?.rev ? { _rev: row.value.rev } : {}) });
      });
      if (docs.length) await mirror.bulkDocs(docs);
    }
  };

  /** Takes the mirror's new changes into the local stores, merging any conflict first. */
  const applyIncoming = () => {
    applying = applying.then(async () => {
      const state = await open();
      if (!state) return;
      const { mirror } = state;
      let since = await teamAppliedSeqItem.getValue();
      for (;;) {
        const changes = await mirror.changes({ since, include_docs: true, conflicts: true, limit: BATCH });
        if (changes.results.length === 0) break;
        const incoming: Incoming[] = [];
        const conflicts: ConflictUpdate[] = [];
        for (const change of changes.results) {
          let doc = change.doc as SharedDoc | undefined;
          const kind = kindOfDocId(change.id);
          if (!doc || !kind) continue;
          if (doc._conflicts?.length) doc = await resolveConflicts(mirror, doc);
          const sharedId = change.id.slice(kind.length + 1);
          incoming.push({ kind, sharedId, record: doc._deleted ? null : doc.record });
          const update = conflictUpdate(kind, sharedId, doc._deleted ? null : doc);
          if (update) conflicts.push(update);
        }
        const result = await deps.stores.apply(incoming);
        await noteConflicts(conflicts, state.connection.user);
        await deps.applied(result);
        since = changes.last_seq;
        await teamAppliedSeqItem.setValue(since);
      }
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
      await mirrorRecords(state.mirror, kind, entries, state.connection.user);
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
