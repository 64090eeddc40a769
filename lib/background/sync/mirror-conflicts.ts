/** What the mirror does with conflicts: merge a document's versions, and keep the side panel's "keep which?" list. */
import type PouchDB from 'pouchdb-browser';
import { type ConflictUpdate, teamConflictsItem, withUpdates } from '@/lib/sync/conflicts';
import type { SharedDoc } from '@/lib/sync/doc';
import { mergeVersions } from '@/lib/sync/merge';

export type Mirror = PouchDB<SharedDoc>;

/** The side panel's "keep which?" list follows the documents that arrived. */
export async function noteConflicts(updates: readonly ConflictUpdate[], me: string): Promise<void> {
  if (updates.length === 0) return;
  const current = await teamConflictsItem.getValue();
  const conflicts = withUpdates(current.conflicts, updates);
  if (conflicts !== current.conflicts || current.me !== me) {
    await teamConflictsItem.setValue({ me, conflicts: [...conflicts] });
  }
}

/** Every version of a document in conflict merged into one; the others are closed. */
export async function resolveConflicts(mirror: Mirror, doc: SharedDoc): Promise<SharedDoc> {
  const others = await Promise.all((doc._conflicts ?? []).map((rev) => mirror.get(doc._id, { rev })));
  const merged = mergeVersions([doc, ...others]);
  const { _conflicts, ...winner } = { ...merged, _id: doc._id, _rev: doc._rev } as SharedDoc;
  const written = await mirror.bulkDocs([
    winner,
    ...others.map((other) => ({ _id: other._id, _rev: other._rev, _deleted: true }) as unknown as SharedDoc),
  ]);
  const rev = (written[0] as { rev?: string }).rev;
  return { ...winner, ...(rev ? { _rev: rev } : {}) };
}
