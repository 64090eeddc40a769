import type { StoreName } from '@/lib/db/schema';
import { dbRevisionItems } from '@/lib/storage/items';

/** Tells every open view that a store changed (see dbRevisionItems). */
export function bumpRevision(store: StoreName): Promise<void> {
  return dbRevisionItems[store].setValue(crypto.randomUUID());
}

/** Calls back whenever a store changes, in any context. Returns the unwatch. */
export function watchStore(store: StoreName, callback: () => void): () => void {
  return dbRevisionItems[store].watch(() => callback());
}
