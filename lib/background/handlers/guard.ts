import type { AuditEvent } from '@/lib/audit/event';
import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { findRegistered } from '@/lib/guard/handles';
import { readAccounts, rememberSeenAccount } from '@/lib/guard/store';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { guardMessages } from '@/lib/messaging/messages/guard';
import { bumpRevision } from '@/lib/storage/db-revision';

const GUARD_TYPES = new Set<AuditEvent['type']>(['guard-warning', 'guard-decision']);

/** The background's answers to the guard messages. */
export function guardHandlers(deps: ServiceDeps): FeatureHandlers<typeof guardMessages> {
  return {
    async reportActiveAccount(account) {
      const registered = findRegistered(await readAccounts(), account.network, account) !== undefined;
      // Never registered silently: an unknown account is only remembered, for the user to decide.
      if (!registered) await rememberSeenAccount({ ...account, lastSeen: deps.now() });
      return { registered };
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
