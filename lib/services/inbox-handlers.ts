import { listInbox, upsertCapture } from '../db/inbox-repo';
import type { FeatureHandlers } from '../messaging/handle';
import type { inboxMessages } from '../messaging/messages/inbox';
import type { ServiceDeps } from './background-handlers';
import { bumpRevision } from './db-revision';

export function inboxHandlers(deps: ServiceDeps): FeatureHandlers<typeof inboxMessages> {
  return {
    async captureToInbox(capture) {
      const { item, created } = await upsertCapture(await deps.db(), capture, deps.now(), deps.newId);
      await Promise.all([bumpRevision('inbox'), created ? bumpRevision('events') : undefined]);
      return { id: item.id, created };
    },
    async listInbox({ limit }) {
      return { items: await listInbox(await deps.db(), limit) };
    },
  };
}
