import { type IDBPDatabase, openDB } from 'idb';
import { MIGRATIONS } from '@/lib/db/migrations';
import { type CompanionDB, DB_NAME } from '@/lib/db/schema';

/**
 * Opens the database, running every migration above the stored version in one upgrade
 * transaction (all or nothing). `version` exists for migration tests only.
 */
export function openCompanionDb(name = DB_NAME, version = MIGRATIONS.length): Promise<IDBPDatabase<CompanionDB>> {
  return openDB<CompanionDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let step = oldVersion; step < (newVersion ?? version); step++) {
        MIGRATIONS[step]?.(db, tx);
      }
    },
    blocking(_current, _next, event) {
      // A newer version is opening elsewhere (an update): let it through.
      (event.target as IDBDatabase).close();
    },
  });
}
