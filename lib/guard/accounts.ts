// The content scripts load this module to read the registry: a small schema, not zod.
import { NETWORK_IDS } from '@/lib/network-ids';
import {
  array,
  boolean,
  fallback,
  type Infer,
  number,
  object,
  oneOf,
  optional,
  string,
} from '@/lib/validation/small-schema';

export const ACCOUNT_ROLES = ['brand', 'personal', 'client'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** Colours offered in the Accounts view; any #rrggbb is accepted. */
export const ACCOUNT_COLOURS = ['#0b63ce', '#1a7f37', '#cf222e', '#8250df', '#bf3989', '#9a6700', '#57606a'] as const;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const words = fallback(array(string({ min: 1, max: 100 }), { max: 200 }), []);

/** When a brand account usually posts: weekdays (1 = Monday … 7 = Sunday) and a daily window in a time zone. */
export const brandHoursSchema = object({
  days: array(number({ int: true, min: 1, max: 7 }), { min: 1 }),
  start: string({ pattern: HHMM }),
  end: string({ pattern: HHMM }),
  timeZone: string({ min: 1, max: 100 }),
});
export type BrandHours = Infer<typeof brandHoursSchema>;

/** One account of the registry. */
export const registeredAccountSchema = object({
  id: string({ min: 1, max: 100 }),
  network: oneOf(NETWORK_IDS),
  /** As the user typed it or the page reported it (leading @ optional); compared with sameHandle. */
  handle: string({ min: 1, max: 300 }),
  displayName: fallback(string({ max: 300 }), ''),
  role: oneOf(ACCOUNT_ROLES),
  /** Free text: the client's name for an agency, "Support", "Campaign X"… */
  label: fallback(string({ max: 100 }), ''),
  colour: fallback(string({ pattern: /^#[0-9a-fA-F]{6}$/ }), ACCOUNT_COLOURS[0]),
  /** Brand words and hashtags: a personal account using them is probably the wrong one. */
  brandKeywords: words,
  /** Words that must never go out from this account. */
  neverWords: words,
  alwaysConfirm: fallback(boolean(), false),
  hours: fallback(optional(brandHoursSchema), undefined),
});
export type RegisteredAccount = Infer<typeof registeredAccountSchema>;

/** Where the registry lives in `storage.local`. */
export const ACCOUNTS_KEY = 'accounts';

/** The registry as stored: invalid entries are dropped one by one, the rest are kept. */
export function parseAccounts(value: unknown): RegisteredAccount[] {
  if (!Array.isArray(value)) return [];
  const accounts: RegisteredAccount[] = [];
  for (const entry of value) {
    const parsed = registeredAccountSchema.safeParse(entry);
    if (parsed.success) accounts.push(parsed.data);
  }
  return accounts;
}

/** Splits what the user typed in a keyword field ("acme, #AcmeLaunch\nkettle") into a clean list. */
export function splitWords(input: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of input.split(/[,\n]/)) {
    const word = raw.trim().slice(0, 100);
    if (word && !seen.has(word.toLowerCase())) {
      seen.add(word.toLowerCase());
      out.push(word);
    }
  }
  return out;
}
