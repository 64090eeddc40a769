import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { ACCOUNTS_KEY, SEEN_KEY } from '@/lib/background/handlers/guard';
import { TEMPLATE_USES_KEY, TEMPLATES_KEY } from '@/lib/background/handlers/templates';
import { serialize } from '@/lib/background/one-writer';
import {
  BACKUP_FORMAT,
  BACKUP_ITEM_KEYS,
  BACKUP_ITEMS,
  BACKUP_VERSION,
  type Backup,
  type BackupStores,
  parseBackup,
  serializeBackup,
} from '@/lib/backup/format';
import { mergeBackup, type Snapshot } from '@/lib/backup/merge';
import { browser } from '@/lib/browser';
import { DB_VERSION, SAME_RECORDS_SINCE } from '@/lib/db/migrations';
import type { StoreName } from '@/lib/db/schema';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { backupMessages } from '@/lib/messaging/messages/backup';
import { bumpRevision } from '@/lib/storage/db-revision';

const STORES: StoreName[] = ['inbox', 'posts', 'events'];

/** The background's answers to Settings → Backup and restore. */
export function backupHandlers(deps: ServiceDeps): FeatureHandlers<typeof backupMessages> {
  const snapshot = async (): Promise<Snapshot> => {
    const db = await deps.db();
    const tx = db.transaction(STORES);
    const [inbox, posts, events] = await Promise.all(STORES.map((name) => tx.objectStore(name).getAll()));
    const stored = await browser.storage.local.get(BACKUP_ITEM_KEYS);
    const items: Snapshot['items'] = {};
    for (const key of BACKUP_ITEM_KEYS) if (stored[key] !== undefined) items[key] = stored[key];
    return { items, stores: { inbox, posts, events } as unknown as BackupStores };
  };
  // Every shared item a restore writes, held in its writer's queue for the whole restore.
  const holdingWriters = <T>(write: () => Promise<T>) =>
    serialize(TEMPLATES_KEY, () =>
      serialize(TEMPLATE_USES_KEY, () => serialize(ACCOUNTS_KEY, () => serialize(SEEN_KEY, write))),
    );

  return {
    async exportBackup() {
      const { items, stores } = await snapshot();
      const at = new Date(deps.now());
      const backup: Backup = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: at.toISOString(),
        schema: { db: DB_VERSION, items: { ...BACKUP_ITEMS } },
        items,
        stores,
      };
      return {
        json: serializeBackup(backup),
        fileName: `cm-companion-backup-${at.toISOString().slice(0, 10)}.json`,
        counts: {
          inbox: stores.inbox.length,
          posts: stores.posts.length,
          events: stores.events.length,
          templates: Array.isArray(items.templates) ? items.templates.length : 0,
          accounts: Array.isArray(items.accounts) ? items.accounts.length : 0,
        },
      };
    },
    async importBackup({ json }) {
      const parsed = parseBackup(json, DB_VERSION, SAME_RECORDS_SINCE);
      if (!parsed.ok) return { problems: parsed.problems, report: null };
      const report = await holdingWriters(async () => {
        const current = await snapshot();
        const plan = mergeBackup(current, parsed.backup);
        const db = await deps.db();
        // All the records in one transaction: an error (quota, a clash) aborts every write of it.
        const tx = db.transaction(STORES, 'readwrite');
        await Promise.all([
          ...STORES.flatMap((name) => plan.put[name].map((row) => tx.objectStore(name).put(row as never))),
          tx.done,
        ]);
        const values: Record<string, unknown> = {};
        for (const key of BACKUP_ITEM_KEYS) {
          if (plan.items[key] === undefined) continue;
          values[key] = plan.items[key];
          // WXT keeps an item's version beside it (`key$`) once it is past 1: restored values are this release's.
          if (BACKUP_ITEMS[key] > 1) values[`${key}$`] = { v: BACKUP_ITEMS[key] };
        }
        try {
          await browser.storage.local.set(values);
        } catch (error) {
          await undoRecords(db, current.stores, plan.put);
          throw error;
        }
        return plan.report;
      });
      await Promise.all(STORES.map((name) => bumpRevision(name)));
      return { problems: [], report };
    },
  };
}

/** Puts the records back as they were before a restore whose settings could not be written. */
async function undoRecords(
  db: Awaited<ReturnType<ServiceDeps['db']>>,
  before: BackupStores,
  written: BackupStores,
): Promise<void> {
  const tx = db.transaction(STORES, 'readwrite');
  const writes: Promise<unknown>[] = [];
  for (const name of STORES) {
    const previous = new Map(before[name].map((row) => [row.id, row]));
    for (const row of written[name]) {
      const old = row.id === undefined ? undefined : previous.get(row.id);
      if (old) writes.push(tx.objectStore(name).put(old as never));
      else if (row.id !== undefined) writes.push(tx.objectStore(name).delete(row.id as never));
    }
  }
  await Promise.all([...writes, tx.done]);
}
