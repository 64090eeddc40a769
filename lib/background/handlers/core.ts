import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { countCapturedSince, countWithStatus } from '@/lib/db/inbox-repo';
import { countScheduledBetween } from '@/lib/db/posts-repo';
import { catalogOf } from '@/lib/i18n';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { coreMessages } from '@/lib/messaging/messages/core';

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
    async i18nCatalog({ locale, prefixes }) {
      const catalog = catalogOf(locale);
      if (!prefixes) return catalog;
      return Object.fromEntries(
        Object.entries(catalog).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))),
      );
    },
    async openSidePanel({ windowId }, context) {
      await deps.openSidePanel(windowId ?? context.windowId ?? undefined);
      return { opened: true };
    },
  };
}
