/**
 * The local stores as the team sync sees them: read the records of a shared kind, and write what
 * came from the team through the same stores the background's handlers use. The local stores stay
 * the source of truth every view reads; the team database is a mirror of their shared part.
 */
import type { IDBPDatabase } from 'idb';
import { serialize } from '@/lib/background/one-writer';
import { type CalendarEntry, readEntry } from '@/lib/calendar/entry';
import { deleteEntry, putEntries } from '@/lib/db/calendar-repo';
import type { CompanionDB } from '@/lib/db/schema';
import { type RegisteredAccount, registeredAccountSchema } from '@/lib/guard/accounts';
import { sameHandle } from '@/lib/guard/handles';
import { readAccounts, writeAccounts } from '@/lib/guard/store';
import type { InboxItem } from '@/lib/inbox/item';
import { inboxTeamItem, readInboxTeam } from '@/lib/storage/inbox-team';
import type { SharedKind, SharedRecord } from '@/lib/sync/doc';
import { sameValue } from '@/lib/sync/doc';
import type { Template } from '@/lib/templates/model';
import { readTemplates, updateTemplates } from '@/lib/templates/store';

/** The templates queue of lib/background/handlers/templates.ts: one writer of the library. */
const TEMPLATES_KEY = 'templates';
const MEMBERS_KEY = 'inboxTeam';
/** The accounts queue of lib/background/handlers/guard.ts: one writer of the registry. */
const ACCOUNTS_KEY = 'accounts';

/** The brand's and clients' accounts and their rules are the team's; a personal account never leaves. */
const isShared = (account: RegisteredAccount) => account.role !== 'personal';

/** What the team shares of a template: its text and settings, not this device's use counts. */
function sharedTemplate(template: Template): SharedRecord {
  const { useCount: _count, lastUsedAt: _last, ...shared } = template;
  return shared;
}

/** The shared id of a record: an inbox item is the post (`network:postId`), so two CMs capturing it make one. */
export function sharedIdOf(kind: SharedKind, record: SharedRecord): string {
  return kind === 'inbox' && typeof record.key === 'string' ? record.key : record.id;
}

export interface Incoming {
  kind: SharedKind;
  sharedId: string;
  record: SharedRecord | null;
}

export function localStores(db: () => Promise<IDBPDatabase<CompanionDB>>) {
  return {
    /** The shared records among `ids` (null where there is none: deleted, or made personal). */
    async read(
      kind: SharedKind,
      ids: readonly string[],
    ): Promise<Array<{ sharedId: string; record: SharedRecord | null }>> {
      if (kind === 'inbox') {
        const store = (await db()).transaction('inbox').store;
        // The reply flow names an item by its post (`network:postId`), the views by its id.
        const items = await Promise.all(ids.map(async (id) => (await store.get(id)) ?? store.index('byKey').get(id)));
        return items.flatMap((item) => (item ? [{ sharedId: item.key, record: item as unknown as SharedRecord }] : []));
      }
      if (kind === 'calendar') {
        const store = (await db()).transaction('posts').store;
        const entries = await Promise.all(ids.map((id) => store.get(id)));
        return ids.map((id, at) => ({ sharedId: id, record: (entries[at] as SharedRecord | undefined) ?? null }));
      }
      if (kind === 'template') {
        const templates = new Map((await readTemplates()).map((template) => [template.id, template]));
        return ids.map((id) => {
          const template = templates.get(id);
          return { sharedId: id, record: template?.team ? sharedTemplate(template) : null };
        });
      }
      if (kind === 'member') {
        const names = new Set(await readInboxTeam());
        return ids.map((id) => ({ sharedId: id, record: names.has(id) ? { id, name: id } : null }));
      }
      if (kind === 'account') {
        const accounts = new Map((await readAccounts()).map((account) => [account.id, account]));
        return ids.map((id) => {
          const account = accounts.get(id);
          return { sharedId: id, record: account && isShared(account) ? (account as SharedRecord) : null };
        });
      }
      return [];
    },

    /** Every shared record of a kind (joining a team: what this device brings). */
    async all(kind: SharedKind): Promise<SharedRecord[]> {
      if (kind === 'inbox') return (await (await db()).getAll('inbox')) as unknown as SharedRecord[];
      if (kind === 'calendar') return (await (await db()).getAll('posts')) as unknown as SharedRecord[];
      if (kind === 'template') return (await readTemplates()).filter((template) => template.team).map(sharedTemplate);
      if (kind === 'member') return (await readInboxTeam()).map((name) => ({ id: name, name }));
      if (kind === 'account') return (await readAccounts()).filter(isShared) as SharedRecord[];
      return [];
    },

    /**
     * Writes what came from the team. Answers the kinds that changed, and the inbox items written
     * and removed (the inbox's search index follows them).
     */
    async apply(incoming: readonly Incoming[]) {
      const changed = new Set<SharedKind>();
      const inboxWritten: InboxItem[] = [];
      const inboxRemoved: string[] = [];
      const byKind = (kind: SharedKind) => incoming.filter((change) => change.kind === kind);

      const inbox = byKind('inbox');
      if (inbox.length) {
        const tx = (await db()).transaction('inbox', 'readwrite');
        for (const { sharedId, record } of inbox) {
          if (!record) continue; // Inbox items are archived, never deleted: a deletion is not shared.
          const item = record as unknown as InboxItem;
          const local = await tx.store.index('byKey').get(sharedId);
          if (local && sameValue(local, item)) continue;
          // The same post captured on two devices before they met: one item, the team's id.
          if (local && local.id !== item.id) {
            await tx.store.delete(local.id);
            inboxRemoved.push(local.id);
          }
          await tx.store.put(item);
          inboxWritten.push(item);
        }
        await tx.done;
        if (inboxWritten.length || inboxRemoved.length) changed.add('inbox');
      }

      const calendar = byKind('calendar');
      if (calendar.length) {
        const database = await db();
        const put: CalendarEntry[] = [];
        for (const { sharedId, record } of calendar) {
          if (!record) {
            if (await deleteEntry(database, sharedId)) changed.add('calendar');
            continue;
          }
          const entry = readEntry(record);
          if (!entry || sameValue(await database.get('posts', sharedId), record)) continue;
          put.push(record as unknown as CalendarEntry);
        }
        if (put.length) {
          await putEntries(database, put);
          changed.add('calendar');
        }
      }

      const templates = byKind('template');
      if (templates.length) {
        await serialize(TEMPLATES_KEY, () =>
          updateTemplates((current) => {
            const next = new Map(current.map((template) => [template.id, template]));
            for (const { sharedId, record } of templates) {
              const mine = next.get(sharedId);
              if (!record) {
                if (mine?.team) next.delete(sharedId);
                continue;
              }
              next.set(sharedId, {
                ...(record as unknown as Template),
                useCount: mine?.useCount ?? 0,
                lastUsedAt: mine?.lastUsedAt ?? null,
                team: true,
              });
            }
            return [...next.values()];
          }),
        );
        changed.add('template');
      }

      const members = byKind('member');
      if (members.length) {
        await serialize(MEMBERS_KEY, async () => {
          const names = new Set(await readInboxTeam());
          for (const { sharedId, record } of members) {
            if (record) names.add(sharedId);
            else names.delete(sharedId);
          }
          await inboxTeamItem.setValue([...names]);
        });
        changed.add('member');
      }

      const accounts = byKind('account');
      if (accounts.length) {
        const written = await serialize(ACCOUNTS_KEY, async () => {
          const current = await readAccounts();
          const next = applyAccounts(current, accounts);
          if (sameValue(next, current)) return false;
          await writeAccounts(next);
          return true;
        });
        if (written) changed.add('account');
      }
      return { changed, inboxWritten, inboxRemoved };
    },
  };
}

/**
 * The registry after the team's accounts arrived: each one in place of the local account with its
 * id, or of the same network and handle (registered on two computers before they met: one account,
 * the team's id). A personal account of this computer is never replaced nor removed by the team's.
 */
export function applyAccounts(
  current: readonly RegisteredAccount[],
  incoming: readonly Incoming[],
): RegisteredAccount[] {
  const next = [...current];
  for (const { sharedId, record } of incoming) {
    const at = next.findIndex((account) => account.id === sharedId);
    if (!record) {
      if (at >= 0 && isShared(next[at] as RegisteredAccount)) next.splice(at, 1);
      continue;
    }
    const parsed = registeredAccountSchema.safeParse(record);
    if (!parsed.success || !isShared(parsed.data)) continue;
    const account = parsed.data;
    const same =
      at >= 0
        ? at
        : next.findIndex(
            (mine) => mine.network === account.network && sameHandle(account.network, mine.handle, account.handle),
          );
    if (same >= 0 && !isShared(next[same] as RegisteredAccount)) continue;
    if (same >= 0) next[same] = account;
    else next.push(account);
  }
  return next;
}
