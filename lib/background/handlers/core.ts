import { z } from 'zod';
import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { browser } from '@/lib/browser';
import { countCapturedSince, countWithStatus } from '@/lib/db/inbox-repo';
import { countScheduledBetween } from '@/lib/db/posts-repo';
import { catalogOf } from '@/lib/i18n';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import { type coreMessages, pageGlobalSchema } from '@/lib/messaging/messages/core';

/** The main-world page bridge (entrypoints/page-bridge.ts), built by WXT as an unlisted script. */
export const PAGE_BRIDGE_SCRIPT = '/page-bridge.js';
/** The main-world page-globals reader (entrypoints/page-state.ts): its result is the answer. */
export const PAGE_STATE_SCRIPT = '/page-state.js';

/** The page's world answers: only an object of well-formed globals passes. */
const pageRead = z.record(z.string(), z.unknown());
const pageGlobal = (value: unknown) => pageGlobalSchema.safeParse(value).data ?? null;

export function coreHandlers(deps: ServiceDeps): FeatureHandlers<typeof coreMessages> {
  return {
    async pageHello(_data, context) {
      return { tabId: context.tabId };
    },
    async loadPageBridge(_data, context) {
      if (context.tabId === null) return { loaded: false };
      // The page's world, in the top frame (content scripts run there only); a page that refuses
      // (a host without permission, a tab gone) leaves the content script without the bridge.
      const injected = await browser.scripting
        .executeScript({ target: { tabId: context.tabId }, world: 'MAIN', files: [PAGE_BRIDGE_SCRIPT] })
        .then(
          () => true,
          () => false,
        );
      return { loaded: injected };
    },
    async readPageState({ keys }, context) {
      if (context.tabId === null) return { state: null };
      // The top frame's world, where the page keeps its globals; the script leaves nothing behind.
      const results = await browser.scripting
        .executeScript({ target: { tabId: context.tabId }, world: 'MAIN', files: [PAGE_STATE_SCRIPT] })
        .catch(() => null);
      const read = pageRead.safeParse(results?.[0]?.result).data;
      if (!read) return { state: null };
      return { state: Object.fromEntries(keys.map((key) => [key, pageGlobal(read[key])])) };
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
