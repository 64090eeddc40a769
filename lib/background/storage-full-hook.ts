import type { IDBPDatabase } from 'idb';
import { browser } from '@/lib/browser';
import type { CompanionDB } from '@/lib/db/schema';

/**
 * Test builds only (npm run build:test): while `local:cmcTestStorageFull` is true, the database
 * behaves as the browser's does when its quota is used up: every write throws a
 * `QuotaExceededError` and its transaction aborts, so nothing of it lands. The extension holds
 * `unlimitedStorage`, so the real browser cannot be made to refuse (tests/e2e/storage-full.spec.ts
 * drives the real page path through this). The store build leaves it out (`__CMC_TEST_HOOKS__`).
 */
declare const __CMC_TEST_HOOKS__: boolean | undefined;

export const STORAGE_FULL_TEST_KEY = 'cmcTestStorageFull';

type DB = IDBPDatabase<CompanionDB>;

/** The database refusing every write of its transactions, as a full profile does. */
export function refusingWrites(db: DB): DB {
  return new Proxy(db, {
    get(target, property) {
      if (property !== 'transaction') return Reflect.get(target, property);
      return (...args: Parameters<DB['transaction']>) => {
        const tx = target.transaction(...args);
        const storeOf = tx.objectStore.bind(tx);
        Object.assign(tx, {
          objectStore: (name: Parameters<typeof storeOf>[0]) => {
            const store = storeOf(name);
            const refuse = async () => {
              tx.done.catch(() => undefined);
              tx.abort();
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            };
            return Object.assign(store, { put: refuse, add: refuse });
          },
        });
        return tx;
      };
    },
  }) as DB;
}

/** The database, refusing writes while a browser test asks for it (test builds); as is otherwise. */
export async function withTestStorageFull(open: Promise<DB>): Promise<DB> {
  if (typeof __CMC_TEST_HOOKS__ === 'undefined' || !__CMC_TEST_HOOKS__) return open;
  const { [STORAGE_FULL_TEST_KEY]: full } = await browser.storage.local.get(STORAGE_FULL_TEST_KEY);
  return full === true ? refusingWrites(await open) : open;
}
