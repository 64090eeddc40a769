/**
 * Restoring into a profile that already holds data keeps both sides: records are matched by id
 * (inbox items by their post too), a record on one side only is kept, and when both sides hold a
 * different version of a record the one with the newer `updatedAt` stays; each such conflict is
 * reported so the user is told. Settings are taken from the file only where this browser has none.
 */
import type { BackupItemKey, BackupStores } from '@/lib/backup/format';

type Row = Record<string, unknown>;

export interface Snapshot {
  items: Partial<Record<BackupItemKey, unknown>>;
  stores: BackupStores;
}

export interface Conflict {
  what: 'inbox' | 'posts' | 'templates' | 'accounts';
  id: string;
  /** Which side's version was kept. */
  kept: 'file' | 'browser';
}

export interface MergeReport {
  added: { inbox: number; posts: number; events: number; templates: number; accounts: number };
  conflicts: Conflict[];
  /** Settings this browser already had, kept over the file's. */
  keptSettings: BackupItemKey[];
}

export interface MergePlan {
  /** Every item's value after the restore (written in one call). */
  items: Partial<Record<BackupItemKey, unknown>>;
  /** Records to put (new, or the file's newer version). */
  put: BackupStores;
  report: MergeReport;
}

const SETTINGS: BackupItemKey[] = [
  'settings',
  'templateSettings',
  'guardRules',
  'captureSettings',
  'reportSettings',
  'calendarSettings',
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const newer = (file: Row, browser: Row) => Number(file.updatedAt ?? 0) > Number(browser.updatedAt ?? 0);
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

export function mergeBackup(current: Snapshot, file: Snapshot): MergePlan {
  const report: MergeReport = {
    added: { inbox: 0, posts: 0, events: 0, templates: 0, accounts: 0 },
    conflicts: [],
    keptSettings: [],
  };
  const put: BackupStores = { inbox: [], posts: [], events: [] };

  // Inbox items: the same post is one item, whatever its id on each side.
  const inboxById = new Map(current.stores.inbox.map((row) => [String(row.id), row]));
  const inboxByKey = new Map(current.stores.inbox.map((row) => [String(row.key), row]));
  for (const row of file.stores.inbox) {
    const mine = inboxById.get(String(row.id)) ?? inboxByKey.get(String(row.key));
    if (!mine) {
      put.inbox.push(row);
      report.added.inbox += 1;
    } else if (!same({ ...row, id: mine.id }, mine)) {
      const keepFile = newer(row, mine);
      if (keepFile) put.inbox.push({ ...row, id: mine.id });
      report.conflicts.push({ what: 'inbox', id: String(mine.id), kept: keepFile ? 'file' : 'browser' });
    }
  }
  mergeById(current.stores.posts, file.stores.posts, 'posts', put.posts, report);

  // Events are a log: an event already here (same id and content) is skipped; another one is added under a new id.
  const events = new Map(current.stores.events.map((row) => [Number(row.id), row]));
  const contents = new Set(current.stores.events.map(({ id: _id, ...rest }) => JSON.stringify(rest)));
  for (const row of file.stores.events) {
    const { id, ...rest } = row;
    if (contents.has(JSON.stringify(rest))) continue;
    put.events.push(events.has(Number(id)) ? rest : row);
    report.added.events += 1;
  }

  const items: Partial<Record<BackupItemKey, unknown>> = { ...current.items };
  if ('templates' in file.items) {
    const merged = mergeList(rows(current.items.templates), rows(file.items.templates), 'templates', report);
    items.templates = merged;
  }
  if ('templateUses' in file.items) items.templateUses = mergeUses(current.items.templateUses, file.items.templateUses);
  if ('accounts' in file.items)
    items.accounts = mergeAccounts(rows(current.items.accounts), rows(file.items.accounts), report);
  if ('guardSeenAccounts' in file.items) {
    const seen = new Map<string, Row>();
    for (const row of [...rows(file.items.guardSeenAccounts), ...rows(current.items.guardSeenAccounts)]) {
      const key = `${row.network}:${String(row.handle).toLowerCase()}`;
      const known = seen.get(key);
      if (!known || Number(row.lastSeen) > Number(known.lastSeen)) seen.set(key, row);
    }
    items.guardSeenAccounts = [...seen.values()].sort((a, b) => Number(b.lastSeen) - Number(a.lastSeen)).slice(0, 50);
  }
  if ('inboxTeam' in file.items) {
    const team = [...((current.items.inboxTeam as string[] | undefined) ?? []), ...(file.items.inboxTeam as string[])];
    items.inboxTeam = [...new Set(team)];
  }
  for (const key of SETTINGS) {
    if (!(key in file.items)) continue;
    if (current.items[key] === undefined) items[key] = file.items[key];
    else if (!same(current.items[key], file.items[key])) report.keptSettings.push(key);
  }
  return { items, put, report };
}

function mergeById(mine: Row[], theirs: Row[], what: 'posts', put: Row[], report: MergeReport): void {
  const byId = new Map(mine.map((row) => [String(row.id), row]));
  for (const row of theirs) {
    const known = byId.get(String(row.id));
    if (!known) {
      put.push(row);
      report.added[what] += 1;
    } else if (!same(row, known)) {
      const keepFile = newer(row, known);
      if (keepFile) put.push(row);
      report.conflicts.push({ what, id: String(row.id), kept: keepFile ? 'file' : 'browser' });
    }
  }
}

function mergeList(mine: Row[], theirs: Row[], what: 'templates', report: MergeReport): Row[] {
  const out = [...mine];
  const index = new Map(mine.map((row, at) => [String(row.id), at]));
  for (const row of theirs) {
    const at = index.get(String(row.id));
    if (at === undefined) {
      out.push(row);
      report.added[what] += 1;
      continue;
    }
    const known = out[at] as Row;
    if (same(row, known)) continue;
    const keepFile = newer(row, known);
    if (keepFile) out[at] = row;
    report.conflicts.push({ what, id: String(row.id), kept: keepFile ? 'file' : 'browser' });
  }
  return out;
}

function mergeUses(mine: unknown, theirs: unknown): Record<string, { count: number; lastUsedAt: number | null }> {
  type Use = { count: number; lastUsedAt: number | null };
  const out: Record<string, Use> = { ...((mine as Record<string, Use>) ?? {}) };
  for (const [id, use] of Object.entries((theirs as Record<string, Use>) ?? {})) {
    const known = Object.hasOwn(out, id) ? out[id] : undefined;
    out[id] = known
      ? {
          count: Math.max(known.count, use.count),
          lastUsedAt: Math.max(known.lastUsedAt ?? 0, use.lastUsedAt ?? 0) || null,
        }
      : use;
  }
  return out;
}

/** Accounts carry no date: on a conflict this browser's version stays; a second entry for the same handle is not added. */
function mergeAccounts(mine: Row[], theirs: Row[], report: MergeReport): Row[] {
  const out = [...mine];
  const ids = new Map(mine.map((row) => [String(row.id), row]));
  const handles = new Set(mine.map((row) => `${row.network}:${String(row.handle).replace(/^@/, '').toLowerCase()}`));
  for (const row of theirs) {
    const known = ids.get(String(row.id));
    if (known) {
      if (!same(known, row)) report.conflicts.push({ what: 'accounts', id: String(row.id), kept: 'browser' });
      continue;
    }
    const handle = `${row.network}:${String(row.handle).replace(/^@/, '').toLowerCase()}`;
    if (handles.has(handle)) continue;
    handles.add(handle);
    out.push(row);
    report.added.accounts += 1;
  }
  return out;
}
