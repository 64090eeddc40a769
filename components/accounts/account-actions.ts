import { ACCOUNT_COLOURS, type AccountRole, parseAccounts, type RegisteredAccount } from '@/lib/guard/accounts';
import type { SeenAccount } from '@/lib/guard/settings';
import { sendToBackground } from '@/lib/messaging/client';
import type { Network } from '@/lib/networks';

/** Adds or replaces (same id) an account; refuses a second entry for the same handle on a network. */
export async function saveAccount(account: RegisteredAccount): Promise<'saved' | 'duplicate'> {
  return (await sendToBackground('saveAccount', { account })).outcome;
}

export async function deleteAccount(id: string): Promise<void> {
  await sendToBackground('deleteAccount', { id });
}

/** The user dismissed a reported account. */
export async function dismissSeen(network: Network, handle: string): Promise<void> {
  await sendToBackground('forgetSeenAccount', { network, handle });
}

/** A new account filled from what a page reported (the user still chooses the role and saves). */
export function draftFromSeen(seen: SeenAccount, role: AccountRole, index: number): RegisteredAccount {
  const [account] = parseAccounts([
    {
      id: crypto.randomUUID(),
      network: seen.network,
      handle: seen.handle,
      displayName: seen.displayName,
      role,
      colour: ACCOUNT_COLOURS[index % ACCOUNT_COLOURS.length],
    },
  ]);
  if (!account) throw new Error('invalid reported account');
  return account;
}
