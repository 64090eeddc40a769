import { useSignal } from '@preact/signals';
import { deleteAccount } from '@/components/accounts/account-actions';
import { ROLE_LABELS } from '@/components/accounts/role-labels';
import { useAppState } from '@/components/state/app-state';
import type { RegisteredAccount } from '@/lib/guard/accounts';
import { displayHandle } from '@/lib/guard/handles';
import { NETWORK_NAMES, NETWORKS } from '@/lib/networks';

function AccountRow({ account, onEdit }: { account: RegisteredAccount; onEdit: () => void }) {
  const { t } = useAppState();
  const confirming = useSignal(false);
  const shown = displayHandle(account.handle);
  return (
    <li class="account-row" style={{ '--account-colour': account.colour }} data-testid="account-row">
      <span class="swatch" aria-hidden="true" />
      <div class="account-row__main">
        <div class="account-row__handle">
          {shown}
          {account.displayName ? <span class="muted"> · {account.displayName}</span> : null}
        </div>
        <div class="account-row__meta">
          <span class="network-tag">{t(ROLE_LABELS[account.role])}</span>
          {account.label ? <span class="network-tag">{account.label}</span> : null}
          {account.alwaysConfirm ? <span class="network-tag">{t('accountTagAlwaysConfirm')}</span> : null}
          {account.hours ? (
            <span class="network-tag">
              {account.hours.start}–{account.hours.end}
            </span>
          ) : null}
          {account.brandKeywords.length ? <span class="muted">{account.brandKeywords.join(', ')}</span> : null}
        </div>
      </div>
      <div class="account-row__actions">
        <button type="button" aria-label={`${t('accountEdit')} ${shown}`} onClick={onEdit}>
          {t('accountEdit')}
        </button>
        <button
          type="button"
          aria-label={`${confirming.value ? t('accountDeleteConfirm') : t('accountDelete')} ${shown}`}
          onClick={() => {
            if (confirming.value) void deleteAccount(account.id);
            else confirming.value = true;
          }}
          onBlur={() => {
            confirming.value = false;
          }}
        >
          {confirming.value ? t('accountDeleteConfirm') : t('accountDelete')}
        </button>
      </div>
    </li>
  );
}

/** The registry grouped by network, in the networks' usual order. */
export function AccountList({
  accounts,
  onEdit,
}: {
  accounts: RegisteredAccount[];
  onEdit: (account: RegisteredAccount) => void;
}) {
  return (
    <>
      {NETWORKS.filter((network) => accounts.some((account) => account.network === network)).map((network) => (
        <section key={network} aria-labelledby={`accounts-${network}`}>
          <h3 id={`accounts-${network}`}>{NETWORK_NAMES[network]}</h3>
          <ul class="account-list">
            {accounts
              .filter((account) => account.network === network)
              .map((account) => (
                <AccountRow key={account.id} account={account} onEdit={() => onEdit(account)} />
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
