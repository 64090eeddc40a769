import type { StoreName } from '../db/schema';
import { dbRevisionItems } from '../storage/items';

/** Tells every open view that a store changed (see dbRevisionItems). */
export function bumpRevision(store: StoreName): Promise<void> {
  return dbRevisionItems[store].setValue(crypto.randomUUID());
}

/** Calls back whenever a store changes, in any context. Returns the unwatch. */
export function watchStore(store: StoreName, callback: () => void): () => void {
  return dbRevisionItems[store].watch(() => callback());
}
