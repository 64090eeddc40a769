// zod/mini: the content scripts load this module to read the registry.
import { z } from 'zod/mini';
import { NETWORKS } from '@/lib/networks';

export const ACCOUNT_ROLES = ['brand', 'personal', 'client'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** Colours offered in the Accounts view; any #rrggbb is accepted. */
export const ACCOUNT_COLOURS = ['#0b63ce', '#1a7f37', '#cf222e', '#8250df', '#bf3989', '#9a6700', '#57606a'] as const;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const words = z.catch(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(200)), []);

/** When a brand account usually posts: weekdays (1 = Monday … 7 = Sunday) and a daily window in a time zone. */
export const brandHoursSchema = z.object({
  days: z.array(z.number().check(z.int(), z.gte(1), z.lte(7))).check(z.minLength(1)),
  start: z.string().check(z.regex(HHMM)),
  end: z.string().check(z.regex(HHMM)),
  timeZone: z.string().check(z.minLength(1), z.maxLength(100)),
});
export type BrandHours = z.infer<typeof brandHoursSchema>;

/** One account of the registry. */
export const registeredAccountSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  network: z.enum(NETWORKS),
  /** As the user typed it or the page reported it (leading @ optional); compared with sameHandle. */
  handle: z.string().check(z.minLength(1), z.maxLength(300)),
  displayName: z.catch(z.string().check(z.maxLength(300)), ''),
  role: z.enum(ACCOUNT_ROLES),
  /** Free text: the client's name for an agency, "Support", "Campaign X"… */
  label: z.catch(z.string().check(z.maxLength(100)), ''),
  colour: z.catch(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)), ACCOUNT_COLOURS[0]),
  /** Brand words and hashtags: a personal account using them is probably the wrong one. */
  brandKeywords: words,
  /** Words that must never go out from this account. */
  neverWords: words,
  alwaysConfirm: z.catch(z.boolean(), false),
  hours: z.catch(z.optional(brandHoursSchema), undefined),
});
export type RegisteredAccount = z.infer<typeof registeredAccountSchema>;

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
