// zod/mini: loaded by every content script.
import { z } from 'zod/mini';
import { DEFAULT_RULES, RULE_IDS, type RuleSwitches } from '@/lib/guard/rules';
import { NETWORKS } from '@/lib/networks';

/** The guard's switches: each rule, and whether the identity badge shows next to composers. */
export interface GuardSettings {
  rules: RuleSwitches;
  showBadge: boolean;
}

export const DEFAULT_GUARD_SETTINGS: GuardSettings = { rules: DEFAULT_RULES, showBadge: true };

/** Reads any stored value into valid switches; a missing or damaged switch keeps its default. */
export function parseGuardSettings(value: unknown): GuardSettings {
  const stored = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const rules = stored.rules && typeof stored.rules === 'object' ? (stored.rules as Record<string, unknown>) : {};
  const switches = { ...DEFAULT_RULES };
  for (const id of RULE_IDS) if (typeof rules[id] === 'boolean') switches[id] = rules[id] as boolean;
  return {
    rules: switches,
    showBadge: typeof stored.showBadge === 'boolean' ? stored.showBadge : DEFAULT_GUARD_SETTINGS.showBadge,
  };
}

/** An active account a page reported, kept so the Accounts view can offer to register it. */
export const seenAccountSchema = z.object({
  network: z.enum(NETWORKS),
  handle: z.string().check(z.minLength(1), z.maxLength(300)),
  displayName: z.catch(z.string().check(z.maxLength(300)), ''),
  id: z.optional(z.string().check(z.maxLength(300))),
  lastSeen: z.number(),
});
export type SeenAccount = z.infer<typeof seenAccountSchema>;

/** At most this many reported accounts are remembered (the oldest go first). */
export const MAX_SEEN = 50;

export function parseSeenAccounts(value: unknown): SeenAccount[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = seenAccountSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
