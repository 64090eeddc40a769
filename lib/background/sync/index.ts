/**
 * Wires the team sync into the background: the mirror follows the handlers' writes (ServiceDeps.team),
 * a one-minute alarm replicates, a side panel keeps it live while it is open (its `team-live`
 * port), and what the team changed is announced to every view through the stores' revisions.
 */
import type { IDBPDatabase } from 'idb';
import type { TeamSyncPort } from '@/lib/background/handlers/deps';
import { checkConnection } from '@/lib/background/sync/check-connection';
import { createTeamSync } from '@/lib/background/sync/engine';
import { localStores } from '@/lib/background/sync/local-stores';
import { browser } from '@/lib/browser';
import type { Clock } from '@/lib/clock';
import type { CompanionDB } from '@/lib/db/schema';
import { parseAccounts } from '@/lib/guard/accounts';
import { accountsItem } from '@/lib/guard/store';
import { bumpRevision } from '@/lib/storage/db-revision';
import { inboxTeamItem } from '@/lib/storage/inbox-team';
import { teamConnectionItem } from '@/lib/sync/connection';
import { sameValue } from '@/lib/sync/doc';
import { TEAM_LIVE_PORT } from '@/lib/team-live';

const ALARM = 'team-sync';

export function setupTeamSync(db: () => Promise<IDBPDatabase<CompanionDB>>, now: Clock): TeamSyncPort {
  const hasPermission = (origin: string) => browser.permissions.contains({ origins: [origin] });
  const sync = createTeamSync({
    stores: localStores(db),
    now,
    hasPermission: (base) => hasPermission(`${new URL(base).origin}/*`),
    async applied({ changed }) {
      await Promise.all([
        changed.has('inbox') ? bumpRevision('inbox') : undefined,
        changed.has('calendar') ? bumpRevision('posts') : undefined,
      ]);
    },
  });

  // The minute alarm exists only while a team is connected: a CM without a team pays no wake-up.
  const planAlarm = async (connected: boolean) => {
    if (connected) await browser.alarms.create(ALARM, { periodInMinutes: 1 });
    else await browser.alarms.clear(ALARM);
  };
  void teamConnectionItem.getValue().then((connection) => planAlarm(!!connection));
  teamConnectionItem.watch((connection) => void planAlarm(!!connection));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void sync.syncNow();
  });

  let panels = 0;
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== TEAM_LIVE_PORT) return;
    panels++;
    void sync.startLive();
    port.onDisconnect.addListener(() => {
      panels--;
      if (panels === 0) sync.stopLive();
    });
  });

  // The accounts registry (brand and client accounts, with their rules) follows every write of it;
  // readAccounts' filter keeps a personal account out of the mirror.
  accountsItem.watch((next, previous) => {
    const before = new Map(parseAccounts(previous).map((account) => [account.id, account]));
    const after = new Map(parseAccounts(next).map((account) => [account.id, account]));
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (id) => !sameValue(before.get(id), after.get(id)),
    );
    void sync.changed('account', changed).catch(() => undefined);
  });

  // The team list is written by Settings → Inbox team; its names are shared members.
  inboxTeamItem.watch((next, previous) => {
    const before = new Set(previous ?? []);
    const after = new Set(next ?? []);
    const changed = [...before, ...after].filter((name) => before.has(name) !== after.has(name));
    void sync.changed('member', changed).catch(() => undefined);
  });

  return {
    changed: sync.changed,
    test: (connection) => checkConnection(connection, (base) => hasPermission(`${new URL(base).origin}/*`)),
    connect: (connection) => sync.connect(connection),
    syncNow: sync.syncNow,
    disconnect: () => sync.disconnect(),
    resolve: sync.resolve,
  };
}
