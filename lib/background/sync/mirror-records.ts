/** The local stores' shared records written into the mirror, as documents (lib/sync/doc.ts). */
import type { Mirror } from '@/lib/background/sync/mirror-conflicts';
import { BATCH } from '@/lib/background/sync/team-databases';
import { docId, type SharedDoc, type SharedKind, type SharedRecord, toDoc } from '@/lib/sync/doc';

export interface MirrorEntry {
  sharedId: string;
  /** The record as the local store holds it, or null when it was deleted there. */
  record: SharedRecord | null;
}

/**
 * When the record was edited: its own `updatedAt` (stamped by the store at the user's change), not
 * the moment the mirror gets to it, which a busy background may reach later for an earlier edit.
 */
function editedAt(record: SharedRecord, now: number): number {
  const at = record.updatedAt;
  return typeof at === 'number' && Number.isFinite(at) && at > 0 && at <= now ? at : now;
}

/** Writes the mirror documents of these local records (or their deletion), a batch at a time. */
export async function mirrorRecords(
  mirror: Mirror,
  kind: SharedKind,
  entries: readonly MirrorEntry[],
  me: string,
  now: () => number,
): Promise<void> {
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
      const next = toDoc(kind, { ...entry.record, id: entry.record.id }, previous, editedAt(entry.record, now()), me);
      if (next) docs.push({ ...next, _id: ids[at] as string, ...(row?.value?.rev ? { _rev: row.value.rev } : {}) });
    });
    if (docs.length) await mirror.bulkDocs(docs);
  }
}
