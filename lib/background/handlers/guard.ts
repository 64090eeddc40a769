import type { AuditEvent } from '@/lib/audit/event';
import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { serialize } from '@/lib/background/one-writer';
import { findRegistered } from '@/lib/guard/handles';
import { accountFromPage, placeAccount } from '@/lib/guard/registry';
import { forgetSeenAccount, readAccounts, rememberSeenAccount, writeAccounts } from '@/lib/guard/store';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { guardMessages } from '@/lib/messaging/messages/guard';
import { bumpRevision } from '@/lib/storage/db-revision';

const GUARD_TYPES = new Set<AuditEvent['type']>(['guard-warning', 'guard-decision']);

/** The registry and the reported accounts: each written here only, one intent at a time. */
export const ACCOUNTS_KEY = 'accounts';
export const SEEN_KEY = 'guardSeenAccounts';

/** The background's answers to the guard messages. */
export function guardHandlers(deps: ServiceDeps): FeatureHandlers<typeof guardMessages> {
  const save = (account: Parameters<typeof placeAccount>[1]) =>
    serialize(ACCOUNTS_KEY, async () => {
      const { outcome, accounts } = placeAccount(await readAccounts(), account);
      if (outcome === 'saved') await writeAccounts(accounts);
      return outcome;
    });
  const forget = (network: Parameters<typeof forgetSeenAccount>[0], handle: string) =>
    serialize(SEEN_KEY, () => forgetSeenAccount(network, handle));

  return {
    async reportActiveAccount(account) {
      const registered = findRegistered(await readAccounts(), account.network, account) !== undefined;
      // Never registered silently: an unknown account is only remembered, for the user to decide.
      if (!registered) await serialize(SEEN_KEY, () => rememberSeenAccount({ ...account, lastSeen: deps.now() }));
      return { registered };
    },
    async saveAccount({ account }) {
      const outcome = await save(account);
      if (outcome === 'saved') await forget(account.network, account.handle);
      return { outcome };
    },
    async deleteAccount({ id }) {
      const deleted = await serialize(ACCOUNTS_KEY, async () => {
        const accounts = await readAccounts();
        const kept = accounts.filter((account) => account.id !== id);
        if (kept.length !== accounts.length) await writeAccounts(kept);
        return kept.length !== accounts.length;
      });
      return { deleted };
    },
    async registerActiveAccount(page) {
      const outcome = await serialize(ACCOUNTS_KEY, async () => {
        const accounts = await readAccounts();
        const placed = placeAccount(accounts, accountFromPage(accounts, page, deps.newId()));
        if (placed.outcome === 'saved') await writeAccounts(placed.accounts);
        return placed.outcome;
      });
      await forget(page.network, page.handle);
      return { outcome };
    },
    async forgetSeenAccount({ network, handle }) {
      await forget(network, handle);
      return { forgotten: true };
    },
    async recordGuardEvent({ type, network, ...data }) {
      const db = await deps.db();
      const id = await db.add('events', { at: deps.now(), type, network, data });
      await bumpRevision('events');
      return { id };
    },
    async listGuardEvents({ limit }) {
      const db = await deps.db();
      const events: AuditEvent[] = [];
      let cursor = await db.transaction('events').store.index('byAt').openCursor(null, 'prev');
      while (cursor && events.length < limit) {
        if (GUARD_TYPES.has(cursor.value.type)) events.push(cursor.value);
        cursor = await cursor.continue();
      }
      return { events };
    },
  };
}
