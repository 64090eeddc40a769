import { useSignal } from '@preact/signals';
import { AccountForm } from '@/components/accounts/account-form';
import { AccountList } from '@/components/accounts/account-list';
import { GuardEvents } from '@/components/accounts/guard-events';
import { SeenAccounts } from '@/components/accounts/seen-accounts';
import { UndoDrafts } from '@/components/accounts/undo-drafts';
import { useGuardData } from '@/components/accounts/use-guard-data';
import type { RegisteredAccount } from '@/lib/guard/accounts';
import '@/components/accounts/accounts.css';
import { EmptyState } from '@/components/empty-state';
import { NetworkLinks } from '@/components/onboarding/network-links';
import { useAppState } from '@/components/state/app-state';

/** Side panel → Accounts: the registry per network, accounts the pages reported, recent warnings. */
export function AccountsView() {
  const { t } = useAppState();
  const { accounts, seen, loaded } = useGuardData();
  /** undefined: no form; null: a new account; an account: editing it (or registering a reported one). */
  const editing = useSignal<RegisteredAccount | null | undefined>(undefined);
  return (
    <section class="accounts" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">{t('navAccounts')}</h2>
      <SeenAccounts
        seen={seen.value}
        accounts={accounts.value}
        onRegister={(draft) => {
          editing.value = draft;
        }}
      />
      {loaded.value && accounts.value.length === 0 && editing.value === undefined ? (
        <EmptyState title="accountsEmptyTitle" body="accountsEmptyBody">
          <p class="muted">{t('checklistAccountsHelp')}</p>
          <NetworkLinks />
        </EmptyState>
      ) : null}
      <AccountList
        accounts={accounts.value}
        onEdit={(account) => {
          editing.value = account;
        }}
      />
      {editing.value === undefined ? (
        <div>
          <button
            type="button"
            class="primary"
            onClick={() => {
              editing.value = null;
            }}
          >
            {t('accountsAdd')}
          </button>
        </div>
      ) : (
        <AccountForm
          key={editing.value?.id ?? 'new'}
          account={editing.value}
          isNew={!accounts.value.some((account) => account.id === editing.value?.id)}
          onDone={() => {
            editing.value = undefined;
          }}
        />
      )}
      <UndoDrafts />
      <GuardEvents />
    </section>
  );
}
