import { z } from 'zod';
import { MAX_BACKUP_BYTES } from '@/lib/backup/format';
import type { MessageSpecs } from '@/lib/messaging/messages/spec';

const count = z.number().int().min(0);

/** Settings → Backup and restore. The background reads and writes everything, in one go. */
export const backupMessages = {
  /** The whole profile as the backup file's text, and its name. */
  exportBackup: {
    from: ['page'],
    request: z.object({}),
    response: z.object({ json: z.string(), fileName: z.string(), counts: z.record(z.string(), count) }),
  },
  /** Checks the whole file, then merges it in (all or nothing); answers what was done or the first problems. */
  importBackup: {
    from: ['page'],
    request: z.object({ json: z.string().max(MAX_BACKUP_BYTES) }),
    response: z.object({
      problems: z.array(z.object({ path: z.string(), message: z.string() })),
      report: z
        .object({
          added: z.object({ inbox: count, posts: count, events: count, templates: count, accounts: count }),
          conflicts: z.array(
            z.object({
              what: z.enum(['inbox', 'posts', 'templates', 'accounts']),
              id: z.string(),
              kept: z.enum(['file', 'browser']),
            }),
          ),
          keptSettings: z.array(z.string()),
        })
        .nullable(),
    }),
  },
} as const satisfies MessageSpecs;
