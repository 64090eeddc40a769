import type { ServiceDeps } from '@/lib/background/handlers/deps';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { teamMessages } from '@/lib/messaging/messages/team';
import { answeringBy } from '@/lib/sync/answering';
import { teamConnectionItem, teamStatusItem } from '@/lib/sync/connection';

/** Settings → Team: the background keeps the credentials and runs the sync (lib/background/sync). */
export function teamHandlers(deps: ServiceDeps): FeatureHandlers<typeof teamMessages> {
  const off = () => {
    throw new Error('team sync is not available here');
  };
  return {
    async teamStatus() {
      const [connection, status] = await Promise.all([teamConnectionItem.getValue(), teamStatusItem.getValue()]);
      return { connection: connection && { url: connection.url, db: connection.db, user: connection.user }, status };
    },
    async teamConnect({ testOnly, ...connection }) {
      const team = deps.team ?? off();
      return { problem: testOnly ? await team.test(connection) : await team.connect(connection) };
    },
    async teamSyncNow() {
      await (deps.team ?? off()).syncNow();
      return teamStatusItem.getValue();
    },
    async teamSignOut() {
      await (deps.team ?? off()).disconnect();
      return { signedOut: true };
    },
    async teamAnsweringFor({ keys }) {
      const connection = await teamConnectionItem.getValue();
      if (!connection || keys.length === 0) return { answering: {} };
      const byKey = (await deps.db()).transaction('inbox').store.index('byKey');
      const items = await Promise.all(keys.map((key) => byKey.get(key)));
      const answering: Record<string, string> = {};
      items.forEach((item, at) => {
        const name = item && answeringBy(item, connection.user);
        if (name) answering[keys[at] as string] = name;
      });
      return { answering };
    },
    async teamResolveConflict({ kind, id, keep }) {
      return { resolved: await (deps.team ?? off()).resolve(kind, id, keep) };
    },
  };
}
