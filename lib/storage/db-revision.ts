import type { StoreName } from '@/lib/db/schema';
import { dbRevisionItems } from '@/lib/storage/items';

/** Tells every open view that a store changed (see dbRevisionItems); `revision` when the caller chose it. */
export function bumpRevision(store: StoreName, revision: string = crypto.randomUUID()): Promise<void> {
  return dbRevisionItems[store].setValue(revision);
}

/** Calls back whenever a store changes, in any context. Returns the unwatch. */
export function watchStore(store: StoreName, callback: () => void): () => void {
  return dbRevisionItems[store].watch(() => callback());
}
