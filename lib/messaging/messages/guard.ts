import { z } from 'zod';
import { ACCOUNT_ROLES, registeredAccountSchema } from '@/lib/guard/accounts';
import type { MessageSpecs } from '@/lib/messaging/messages/spec';
import { networkSchema } from '@/lib/network-schema';
import { asZod } from '@/lib/validation/as-zod';

const short = (max: number) => z.string().max(max);

/** What the guard writes to `events`: a warning shown, or what the user chose. */
export const guardEventSchema = z.object({
  type: z.enum(['guard-warning', 'guard-decision']),
  network: networkSchema,
  /** Ties a decision to its warning. */
  checkId: short(100).min(1),
  rules: z.array(short(40)).max(10),
  activeHandle: short(300).nullable(),
  expectedHandle: short(300).optional(),
  role: z.enum(['brand', 'personal', 'client']).optional(),
  /** How the post was about to leave: click, key, form. */
  path: z.enum(['click', 'key', 'form']),
  decision: z.enum(['send-anyway', 'cancel', 'switch-account']).optional(),
  /** After "Send anyway": the page it left from and its first words, for the apology kit. */
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  excerpt: short(500).optional(),
});
export type GuardEventInput = z.infer<typeof guardEventSchema>;

export const guardMessages = {
  /** A page showed its active account; unregistered ones are kept for the Accounts view to offer. */
  reportActiveAccount: {
    from: ['content'],
    request: z.object({
      network: networkSchema,
      handle: short(300).min(1),
      displayName: short(300),
      id: short(300).optional(),
    }),
    response: z.object({ registered: z.boolean() }),
  },
  /** Writes one guard warning or decision to the audit log. */
  recordGuardEvent: {
    from: ['content'],
    request: guardEventSchema,
    response: z.object({ id: z.number() }),
  },
  /** The latest guard events, newest first (side panel, KPI "near misses prevented"). */
  listGuardEvents: {
    from: ['page'],
    request: z.object({ limit: z.number().int().min(1).max(1000) }),
    response: z.object({ events: z.array(z.any()) }),
  },
  /** The registry is written by the background only: the side panel's edits arrive as these intents. */
  saveAccount: {
    from: ['page'],
    request: z.object({ account: asZod(registeredAccountSchema) }),
    response: z.object({ outcome: z.enum(['saved', 'duplicate']) }),
  },
  deleteAccount: {
    from: ['page'],
    request: z.object({ id: short(100).min(1) }),
    response: z.object({ deleted: z.boolean() }),
  },
  /**
   * The in-page offer's "This is the brand's account" (or client's, or personal): registers the
   * page's active account on the sender's own network, never another's.
   */
  registerActiveAccount: {
    from: ['content'],
    request: z.object({
      network: networkSchema,
      handle: short(300).min(1),
      displayName: short(300),
      role: z.enum(ACCOUNT_ROLES),
    }),
    response: z.object({ outcome: z.enum(['saved', 'duplicate']) }),
  },
  /** The user dismissed a reported account in the Accounts view. */
  forgetSeenAccount: {
    from: ['page'],
    request: z.object({ network: networkSchema, handle: short(300).min(1) }),
    response: z.object({ forgotten: z.boolean() }),
  },
} as const satisfies MessageSpecs;
