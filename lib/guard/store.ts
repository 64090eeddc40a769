/**
 * The guard's data in extension storage: the accounts registry, the rule switches and the
 * accounts pages reported. Versioned items, validated on every read.
 */
import { storage } from '@wxt-dev/storage';
import { parseAccounts, type RegisteredAccount } from '@/lib/guard/accounts';
import { sameHandle } from '@/lib/guard/handles';
import {
  type GuardSettings,
  MAX_SEEN,
  parseGuardSettings,
  parseSeenAccounts,
  type SeenAccount,
} from '@/lib/guard/settings';
import type { Network } from '@/lib/networks';

/** Registered accounts, edited in side panel → Accounts. */
export const accountsItem = storage.defineItem<unknown[]>('local:accounts', {
  fallback: [],
  version: 1,
});

/** Rule switches and the badge switch. Version 1 was a bare map of rule switches. */
export const guardRulesItem = storage.defineItem<unknown>('local:guardRules', {
  fallback: {},
  version: 2,
  migrations: {
    2: (old: unknown) => ({ rules: old && typeof old === 'object' ? old : {}, showBadge: true }),
  },
});

/** Active accounts the pages reported, newest first (never registered without the user). */
export const seenAccountsItem = storage.defineItem<unknown[]>('local:guardSeenAccounts', {
  fallback: [],
  version: 1,
});

export async function readAccounts(): Promise<RegisteredAccount[]> {
  return parseAccounts(await accountsItem.getValue());
}

export async function writeAccounts(accounts: readonly RegisteredAccount[]): Promise<void> {
  await accountsItem.setValue(parseAccounts(accounts));
}

/** Calls back with the valid registry on every change. Returns the unwatch. */
export function watchAccounts(callback: (accounts: RegisteredAccount[]) => void): () => void {
  return accountsItem.watch((value) => callback(parseAccounts(value)));
}

export async function readGuardSettings(): Promise<GuardSettings> {
  return parseGuardSettings(await guardRulesItem.getValue());
}

export async function writeGuardSettings(settings: GuardSettings): Promise<void> {
  await guardRulesItem.setValue(parseGuardSettings(settings));
}

export function watchGuardSettings(callback: (settings: GuardSettings) => void): () => void {
  return guardRulesItem.watch((value) => callback(parseGuardSettings(value)));
}

export async function readSeenAccounts(): Promise<SeenAccount[]> {
  return parseSeenAccounts(await seenAccountsItem.getValue());
}

export function watchSeenAccounts(callback: (seen: SeenAccount[]) => void): () => void {
  return seenAccountsItem.watch((value) => callback(parseSeenAccounts(value)));
}

/** Records that a page showed this account; the same account seen again moves to the front. */
export async function rememberSeenAccount(seen: SeenAccount): Promise<void> {
  const others = (await readSeenAccounts()).filter(
    (entry) => !(entry.network === seen.network && sameHandle(seen.network, entry.handle, seen.handle)),
  );
  await seenAccountsItem.setValue([seen, ...others].slice(0, MAX_SEEN));
}

/** Forgets a reported account (the user dismissed the offer or registered it). */
export async function forgetSeenAccount(network: Network, handle: string): Promise<void> {
  const kept = (await readSeenAccounts()).filter(
    (entry) => !(entry.network === network && sameHandle(network, entry.handle, handle)),
  );
  await seenAccountsItem.setValue(kept);
}
