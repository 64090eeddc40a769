import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { migrate001Initial } from '@/lib/db/migrations/001-initial';
import { migrate002InboxTriage } from '@/lib/db/migrations/002-inbox-triage';
import { migrate003DropReplacedIndexes } from '@/lib/db/migrations/003-drop-replaced-indexes';
import type { CompanionDB } from '@/lib/db/schema';

export type Migration = (
  db: IDBPDatabase<CompanionDB>,
  tx: IDBPTransaction<CompanionDB, StoreNames<CompanionDB>[], 'versionchange'>,
) => void;

/**
 * Numbered migrations: entry N-1 upgrades version N-1 to N. Append only, never edit a released
 * step, and give each its own test that seeds the previous shape (see 001-initial.test.ts).
 */
export const MIGRATIONS: readonly Migration[] = [
  migrate001Initial,
  migrate002InboxTriage,
  migrate003DropReplacedIndexes,
];

export const DB_VERSION = MIGRATIONS.length;

/**
 * The oldest database version whose records are shaped as this one's (version 3 dropped indexes
 * only): a backup it exported restores as is.
 */
export const SAME_RECORDS_SINCE = 2;
