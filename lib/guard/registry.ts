import { ACCOUNT_COLOURS, type AccountRole, parseAccounts, type RegisteredAccount } from '@/lib/guard/accounts';
import { sameHandle } from '@/lib/guard/handles';
import type { Network } from '@/lib/networks';

export type SaveOutcome = 'saved' | 'duplicate';

/**
 * The registry after adding or replacing (same id) an account; a second entry for the same
 * handle on a network is refused and the registry is left as it was.
 */
export function placeAccount(
  accounts: readonly RegisteredAccount[],
  account: RegisteredAccount,
): { outcome: SaveOutcome; accounts: RegisteredAccount[] } {
  const clash = accounts.some(
    (other) =>
      other.id !== account.id &&
      other.network === account.network &&
      sameHandle(account.network, other.handle, account.handle),
  );
  if (clash) return { outcome: 'duplicate', accounts: [...accounts] };
  const exists = accounts.some((other) => other.id === account.id);
  return {
    outcome: 'saved',
    accounts: exists ? accounts.map((other) => (other.id === account.id ? account : other)) : [...accounts, account],
  };
}

/** A new account from what a page showed and the role the user chose in the page's offer. */
export function accountFromPage(
  accounts: readonly RegisteredAccount[],
  page: { network: Network; handle: string; displayName: string; role: AccountRole },
  id: string,
): RegisteredAccount {
  const colour = page.role === 'personal' ? '#57606a' : ACCOUNT_COLOURS[accounts.length % 5];
  const [account] = parseAccounts([{ id, colour, ...page }]);
  if (!account) throw new Error('invalid account reported by the page');
  return account;
}
