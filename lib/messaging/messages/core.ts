import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/format';
import type { MessageSpecs } from '@/lib/messaging/messages/spec';
import { networkSchema } from '@/lib/network-schema';

/** A page global as the main-world readers copy it: a few short primitive fields. */
export const pageGlobalSchema = z.record(z.string(), z.union([z.string().max(300), z.number(), z.boolean()]));

export const coreMessages = {
  /** A content script booted on a network page. */
  pageHello: {
    from: ['content'],
    request: z.object({ network: networkSchema, url: z.url() }),
    response: z.object({ tabId: z.number().nullable() }),
  },
  /**
   * Injects the page bridge (entrypoints/page-bridge.ts) into the sender's page's main
   * world, on a content script's first insertion: most pages never need it.
   */
  loadPageBridge: {
    from: ['content'],
    request: z.object({}),
    response: z.object({ loaded: z.boolean() }),
  },
  /**
   * The sender page's globals that say who is signed in (entrypoints/page-state.ts, run
   * in its main world): each asked key's identity fields, null when absent; `state` is null when
   * the page could not be read (a tab gone, a host without permission).
   */
  readPageState: {
    from: ['content'],
    request: z.object({ keys: z.array(z.string().min(1).max(100)).max(20) }),
    response: z.object({ state: z.record(z.string(), pageGlobalSchema.nullable()).nullable() }),
  },
  /** Today's figures for the popup; `dayStart` is the caller's local midnight. */
  todayStats: {
    from: ['page'],
    request: z.object({ dayStart: z.number(), dayEnd: z.number() }),
    response: z.object({ capturedToday: z.number(), newItems: z.number(), scheduledToday: z.number() }),
  },
  /** The texts of one language for in-page UI (content scripts do not bundle both catalogs). */
  i18nCatalog: {
    from: ['content'],
    /** `prefixes`: only the texts whose keys start so (a content script asks for the few it shows). */
    request: z.object({ locale: z.enum(LOCALES), prefixes: z.array(z.string().min(1).max(100)).max(100).optional() }),
    response: z.record(
      z.string(),
      z.object({
        message: z.string(),
        placeholders: z.record(z.string(), z.object({ content: z.string() })).optional(),
      }),
    ),
  },
  /** Opens the side panel in the sender's window (from a user gesture in the popup). */
  openSidePanel: {
    from: ['page'],
    request: z.object({ windowId: z.number().int().optional() }),
    response: z.object({ opened: z.boolean() }),
  },
} as const satisfies MessageSpecs;
