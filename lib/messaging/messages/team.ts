import { z } from 'zod';
import type { MessageSpecs } from '@/lib/messaging/messages/spec';
import { CONFLICT_KINDS } from '@/lib/sync/conflicts';
import { TEAM_PROBLEMS, teamConnectionSchema } from '@/lib/sync/connection';

const problem = z.enum(TEAM_PROBLEMS).nullable();
const status = z.object({
  state: z.enum(['off', 'syncing', 'idle', 'offline', 'error']),
  lastSyncAt: z.number().nullable(),
  problem,
});

/** Settings → Team. The password goes to the background once and never comes back to a page. */
export const teamMessages = {
  /** The team set-up without its password, and how the sync is doing. */
  teamStatus: {
    from: ['page'],
    request: z.object({}),
    response: z.object({
      connection: z.object({ url: z.string(), db: z.string(), user: z.string() }).nullable(),
      status,
    }),
  },
  /** Tests the connection; unless `testOnly`, keeps it, brings this device's shared data and syncs. */
  teamConnect: {
    from: ['page'],
    request: teamConnectionSchema.extend({ testOnly: z.boolean().default(false) }),
    response: z.object({ problem }),
  },
  /** Replicates now, both ways. */
  teamSyncNow: { from: ['page'], request: z.object({}), response: status },
  /** Signs out: the credentials are removed; every local store keeps its data. */
  teamSignOut: { from: ['page'], request: z.object({}), response: z.object({ signedOut: z.boolean() }) },
  /** "Edited by Léa and Tom — keep which?" answered: the chosen version of a template or calendar entry. */
  teamResolveConflict: {
    from: ['page'],
    request: z.object({
      kind: z.enum(CONFLICT_KINDS),
      id: z.string().min(1).max(200),
      keep: z.union([z.literal('current'), z.number().int().min(0).max(100)]),
    }),
    response: z.object({ resolved: z.boolean() }),
  },
  /** "Léa is answering this": of these posts on screen (post keys), those another member has taken. */
  teamAnsweringFor: {
    from: ['content'],
    request: z.object({ keys: z.array(z.string().min(1).max(1000)).max(200) }),
    response: z.object({ answering: z.record(z.string(), z.string()) }),
  },
} as const satisfies MessageSpecs;
