import { ACCOUNT_COLOURS, type AccountRole, parseAccounts, type RegisteredAccount } from '@/lib/guard/accounts';
import { sameHandle } from '@/lib/guard/handles';
import type { SeenAccount } from '@/lib/guard/settings';
import { forgetSeenAccount, readAccounts, writeAccounts } from '@/lib/guard/store';

/** Adds or replaces (same id) an account; refuses a second entry for the same handle on a network. */
export async function saveAccount(account: RegisteredAccount): Promise<'saved' | 'duplicate'> {
  const accounts = await readAccounts();
  const clash = accounts.find(
    (other) =>
      other.id !== account.id &&
      other.network === account.network &&
      sameHandle(account.network, other.handle, account.handle),
  );
  if (clash) return 'duplicate';
  const exists = accounts.some((other) => other.id === account.id);
  await writeAccounts(
    exists ? accounts.map((other) => (other.id === account.id ? account : other)) : [...accounts, account],
  );
  await forgetSeenAccount(account.network, account.handle);
  return 'saved';
}

export async function deleteAccount(id: string): Promise<void> {
  await writeAccounts((await readAccounts()).filter((account) => account.id !== id));
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
