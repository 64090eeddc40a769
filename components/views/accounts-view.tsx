import { EmptyState } from '../empty-state';

/** The Accounts section (empty until its feature lands). */
export function AccountsView() {
  return <EmptyState title="accountsEmptyTitle" body="accountsEmptyBody" />;
}
