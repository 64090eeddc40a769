import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { CompanionDB } from '../schema';
import { migrate001Initial } from './001-initial';
import { migrate002InboxTriage } from './002-inbox-triage';

export type Migration = (
  db: IDBPDatabase<CompanionDB>,
  tx: IDBPTransaction<CompanionDB, StoreNames<CompanionDB>[], 'versionchange'>,
) => void;

/**
 * Numbered migrations: entry N-1 upgrades version N-1 to N. Append only, never edit a released
 * step, and give each its own test that seeds the previous shape (see 001-initial.test.ts).
 */
export const MIGRATIONS: readonly Migration[] = [migrate001Initial, migrate002InboxTriage];

export const DB_VERSION = MIGRATIONS.length;
