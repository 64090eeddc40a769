/**
 * What arrived in the mirror taken into the local stores: the mirror's changes since the last
 * ones taken (the sequence is kept in storage, so a stopped worker resumes there), each document
 * in conflict merged first, the side panel's "keep which?" list updated, the views told.
 */
import type { Incoming, localStores } from '@/lib/background/sync/local-stores';
import { noteConflicts, resolveConflicts } from '@/lib/background/sync/mirror-conflicts';
import { BATCH, type TeamDatabases } from '@/lib/background/sync/team-databases';
import { type ConflictUpdate, conflictUpdate } from '@/lib/sync/conflicts';
import { teamAppliedSeqItem } from '@/lib/sync/connection';
import { kindOfDocId, type SharedDoc } from '@/lib/sync/doc';

export type Stores = ReturnType<typeof localStores>;

/** Tells the views which local stores changed from the team. */
export type Applied = (result: Awaited<ReturnType<Stores['apply']>>) => Promise<void>;

export async function takeIncoming(team: TeamDatabases, stores: Stores, applied: Applied): Promise<void> {
  const { mirror } = team;
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
    const result = await stores.apply(incoming);
    await noteConflicts(conflicts, team.connection.user);
    await applied(result);
    since = changes.last_seq;
    await teamAppliedSeqItem.setValue(since);
  }
}
