import { dismissSeen, draftFromSeen } from '@/components/accounts/account-actions';
import { useAppState } from '@/components/state/app-state';
import type { RegisteredAccount } from '@/lib/guard/accounts';
import { displayHandle, findRegistered } from '@/lib/guard/handles';
import type { SeenAccount } from '@/lib/guard/settings';
import { NETWORK_NAMES } from '@/lib/networks';

/**
 * Accounts the pages showed as active that the registry does not know: offered, never added
 * without the user. Register opens the form filled in, for the user to choose the role and save.
 */
export function SeenAccounts({
  seen,
  accounts,
  onRegister,
}: {
  seen: SeenAccount[];
  accounts: RegisteredAccount[];
  onRegister: (draft: RegisteredAccount) => void;
}) {
  const { t } = useAppState();
  const unknown = seen.filter((entry) => !findRegistered(accounts, entry.network, entry));
  if (!unknown.length) return null;
  return (
    <section aria-labelledby="accounts-seen">
      <h3 id="accounts-seen">{t('accountsSeenTitle')}</h3>
      <ul class="seen-list">
        {unknown.map((entry, index) => (
          <li key={`${entry.network}:${entry.handle}`} class="seen-row" data-testid="seen-account">
            <span class="network-tag">{NETWORK_NAMES[entry.network]}</span>
            <strong>
              {displayHandle(entry.handle)}
              {entry.displayName ? <span class="muted"> · {entry.displayName}</span> : null}
            </strong>
            <button
              type="button"
              class="primary"
              onClick={() => onRegister(draftFromSeen(entry, 'brand', accounts.length + index))}
            >
              {t('accountsSeenRegister')}
            </button>
            <button type="button" onClick={() => void dismissSeen(entry.network, entry.handle)}>
              {t('accountsSeenDismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
