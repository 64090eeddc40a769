import { countCapturedSince, countWithStatus } from '../db/inbox-repo';
import { countScheduledBetween } from '../db/posts-repo';
import { catalogOf } from '../i18n';
import type { FeatureHandlers } from '../messaging/handle';
import type { coreMessages } from '../messaging/messages/core';
import type { ServiceDeps } from './background-handlers';

export function coreHandlers(deps: ServiceDeps): FeatureHandlers<typeof coreMessages> {
  return {
    async pageHello(_data, context) {
      return { tabId: context.tabId };
    },
    async todayStats({ dayStart, dayEnd }) {
      const db = await deps.db();
      const [capturedToday, newItems, scheduledToday] = await Promise.all([
        countCapturedSince(db, dayStart),
        countWithStatus(db, 'new'),
        countScheduledBetween(db, dayStart, dayEnd),
      ]);
      return { capturedToday, newItems, scheduledToday };
    },
    async i18nCatalog({ locale }) {
      return catalogOf(locale);
    },
    async openSidePanel({ windowId }, context) {
      await deps.openSidePanel(windowId ?? context.windowId ?? undefined);
      return { opened: true };
    },
  };
}
