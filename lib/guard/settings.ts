// Loaded by every content script: a small schema, not zod.
import { ACCOUNT_ROLES, type AccountRole, type RegisteredAccount } from '@/lib/guard/accounts';
import { DEFAULT_RULES, RULE_IDS, type RuleSwitches } from '@/lib/guard/rules';
import { NETWORK_IDS } from '@/lib/network-ids';
import { fallback, type Infer, number, object, oneOf, optional, string } from '@/lib/validation/small-schema';

/** The guard's switches: each rule, and whether the identity badge shows next to composers. */
export interface GuardSettings {
  rules: RuleSwitches;
  showBadge: boolean;
  /** The undo window per account role, in seconds (0 = off): a send from such an account waits that long. */
  undoSeconds: Record<AccountRole, number>;
}

/** Where the switches live in `storage.local` (version 1 was a bare map of rule switches). */
export const GUARD_SETTINGS_KEY = 'guardRules';

/** The lengths offered for the undo window; 0 is off. */
export const UNDO_CHOICES = [0, 3, 5, 10, 15, 30] as const;
const MAX_UNDO_SECONDS = 60;

export const DEFAULT_GUARD_SETTINGS: GuardSettings = {
  rules: DEFAULT_RULES,
  showBadge: true,
  undoSeconds: { brand: 0, personal: 0, client: 0 },
};

function parseUndoSeconds(value: unknown): Record<AccountRole, number> {
  const stored = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const seconds = { ...DEFAULT_GUARD_SETTINGS.undoSeconds };
  for (const role of ACCOUNT_ROLES) {
    const raw = stored[role];
    if (typeof raw === 'number' && Number.isFinite(raw))
      seconds[role] = Math.min(MAX_UNDO_SECONDS, Math.max(0, Math.round(raw)));
  }
  return seconds;
}

/** How long a send from this account waits, in seconds; 0 when it has no undo window (lib/guard/undo.ts). */
export function undoSecondsFor(settings: GuardSettings, account: RegisteredAccount | undefined): number {
  return account ? (settings.undoSeconds[account.role] ?? 0) : 0;
}

/** Reads any stored value into valid switches; a missing or damaged switch keeps its default. */
export function parseGuardSettings(value: unknown): GuardSettings {
  const stored = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const rules = stored.rules && typeof stored.rules === 'object' ? (stored.rules as Record<string, unknown>) : {};
  const switches = { ...DEFAULT_RULES };
  for (const id of RULE_IDS) if (typeof rules[id] === 'boolean') switches[id] = rules[id] as boolean;
  return {
    rules: switches,
    showBadge: typeof stored.showBadge === 'boolean' ? stored.showBadge : DEFAULT_GUARD_SETTINGS.showBadge,
    undoSeconds: parseUndoSeconds(stored.undoSeconds),
  };
}

/** An active account a page reported, kept so the Accounts view can offer to register it. */
export const seenAccountSchema = object({
  network: oneOf(NETWORK_IDS),
  handle: string({ min: 1, max: 300 }),
  displayName: fallback(string({ max: 300 }), ''),
  id: optional(string({ max: 300 })),
  lastSeen: number(),
});
export type SeenAccount = Infer<typeof seenAccountSchema>;

/** At most this many reported accounts are remembered (the oldest go first). */
export const MAX_SEEN = 50;

export function parseSeenAccounts(value: unknown): SeenAccount[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = seenAccountSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
