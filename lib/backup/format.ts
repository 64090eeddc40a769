/**
 * The backup file: every store, setting, account and template, and the schema versions that
 * wrote them. Parsing checks the whole file before anything is written and names the first
 * problems by path (`stores.inbox[3].permalink`); a key such as `__proto__` anywhere refuses the
 * file (nothing from it can reach an object's prototype).
 */
import { z } from 'zod';
import { EVENT_TYPES } from '@/lib/audit/event';
import { entrySchema } from '@/lib/calendar/entry';
import { registeredAccountSchema } from '@/lib/guard/accounts';
import { seenAccountSchema } from '@/lib/guard/settings';
import { INBOX_STATUSES, inboxCaptureSchema, SENTIMENTS } from '@/lib/inbox/item';
import { networkSchema } from '@/lib/network-schema';
import { templateSchema } from '@/lib/templates/model';
import { parseJsonData } from '@/lib/text/safe-json';
import { asZod } from '@/lib/validation/as-zod';

export const BACKUP_FORMAT = 'cm-companion-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before being read (a message between contexts holds at most 64 MiB). */
export const MAX_BACKUP_BYTES = 40 * 1024 * 1024;

/**
 * The storage items a backup holds, with the version of each (see each item's defineItem).
 * Transient hand-overs (pendingReply, pendingPublish) and change tokens (dbRevision.*) are not data.
 */
export const BACKUP_ITEMS = {
  settings: 1,
  templates: 2,
  templateUses: 1,
  templateSettings: 1,
  accounts: 1,
  guardRules: 2,
  guardSeenAccounts: 1,
  captureSettings: 1,
  reportSettings: 1,
  calendarSettings: 1,
  inboxTeam: 1,
} as const;
export type BackupItemKey = keyof typeof BACKUP_ITEMS;
export const BACKUP_ITEM_KEYS = Object.keys(BACKUP_ITEMS) as BackupItemKey[];

const object = z.record(z.string(), z.unknown());

/** Stored inbox items: the capture plus the triage (unknown fields are kept, never dropped). */
export const storedInboxItemSchema = z.looseObject({
  ...inboxCaptureSchema.shape,
  id: z.string().min(1).max(200),
  key: z.string().min(1).max(1000),
  capturedAt: z.number(),
  updatedAt: z.number(),
  status: z.enum(INBOX_STATUSES),
  tags: z.array(z.string().max(100)).max(50),
  sentiment: z.enum(SENTIMENTS).optional(),
  assignee: z.string().max(200).optional(),
  notes: z.string().max(20_000).optional(),
  answeredAt: z.number().optional(),
});
export const storedPostSchema = z.looseObject(entrySchema.shape);
export const storedEventSchema = z.looseObject({
  id: z.number().int().positive(),
  at: z.number(),
  type: z.enum(EVENT_TYPES),
  network: networkSchema.optional(),
  data: object,
});

const storedTemplateSchema = templateSchema.omit({ useCount: true, lastUsedAt: true });
const itemSchemas: Record<BackupItemKey, z.ZodType> = {
  settings: object,
  templates: z.array(storedTemplateSchema).max(5000),
  templateUses: z.record(
    z.string().max(100),
    z.object({ count: z.number().int().min(0), lastUsedAt: z.number().nullable() }),
  ),
  templateSettings: object,
  accounts: z.array(asZod(registeredAccountSchema)).max(1000),
  guardRules: object,
  guardSeenAccounts: z.array(asZod(seenAccountSchema)).max(1000),
  captureSettings: object,
  reportSettings: object,
  calendarSettings: object,
  inboxTeam: z.array(z.string().max(200)).max(500),
};

export interface BackupStores {
  inbox: Record<string, unknown>[];
  posts: Record<string, unknown>[];
  events: Record<string, unknown>[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  schema: { db: number; items: Record<string, number> };
  items: Partial<Record<BackupItemKey, unknown>>;
  stores: BackupStores;
}

export interface Problem {
  path: string;
  message: string;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problems: Problem[] };

const MAX_PROBLEMS = 5;

/**
 * Reads a backup file's text; the schema versions must be this release's (`dbVersion`), or for
 * the database an older one whose records are shaped the same (from `oldestDbVersion` on).
 */
export function parseBackup(text: string, dbVersion: number, oldestDbVersion = dbVersion): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) return fail('(file)', `larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB`);
  const json = parseJsonData(text);
  if (!json.ok) return fail('(file)', json.message);
  const data = json.data;
  const head = z
    .object({
      format: z.literal(BACKUP_FORMAT),
      version: z.literal(BACKUP_VERSION),
      exportedAt: z.string().max(100),
      schema: z.object({ db: z.number().int(), items: z.record(z.string(), z.number().int()) }),
      items: object,
      stores: z.object({ inbox: z.array(z.unknown()), posts: z.array(z.unknown()), events: z.array(z.unknown()) }),
    })
    .safeParse(data);
  if (!head.success) return { ok: false, problems: problemsOf(head.error.issues, '') };
  const file = head.data;
  if (file.schema.db > dbVersion || file.schema.db < oldestDbVersion) {
    return fail('schema.db', `made with database version ${file.schema.db}; this version reads ${dbVersion}`);
  }
  const problems: Problem[] = [];
  const items: Partial<Record<BackupItemKey, unknown>> = {};
  for (const [key, value] of Object.entries(file.items)) {
    if (!Object.hasOwn(BACKUP_ITEMS, key)) {
      problems.push({ path: `items.${key}`, message: 'unknown item' });
      continue;
    }
    const itemKey = key as BackupItemKey;
    if (file.schema.items[itemKey] !== BACKUP_ITEMS[itemKey]) {
      problems.push({
        path: `schema.items.${itemKey}`,
        message: `version ${file.schema.items[itemKey]}; this version reads ${BACKUP_ITEMS[itemKey]}`,
      });
      continue;
    }
    const parsed = itemSchemas[itemKey].safeParse(value);
    if (parsed.success) items[itemKey] = value;
    else problems.push(...problemsOf(parsed.error.issues, `items.${itemKey}`));
  }
  const stores: BackupStores = { inbox: [], posts: [], events: [] };
  const storeSchemas = { inbox: storedInboxItemSchema, posts: storedPostSchema, events: storedEventSchema };
  for (const name of ['inbox', 'posts', 'events'] as const) {
    for (const [index, record] of file.stores[name].entries()) {
      if (problems.length >= MAX_PROBLEMS) break;
      const parsed = storeSchemas[name].safeParse(record);
      if (parsed.success) stores[name].push(parsed.data as Record<string, unknown>);
      else problems.push(...problemsOf(parsed.error.issues, `stores.${name}[${index}]`));
    }
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, backup: { ...file, format: BACKUP_FORMAT, version: BACKUP_VERSION, items, stores } };
}

function fail(path: string, message: string): ParsedBackup {
  return { ok: false, problems: [{ path, message }] };
}

function problemsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix: string): Problem[] {
  return issues.slice(0, MAX_PROBLEMS).map((issue) => ({
    path: issue.path.reduce<string>(
      (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
      prefix,
    ),
    message: issue.message,
  }));
}

/** The file the Export button downloads. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup)}\n`;
}
