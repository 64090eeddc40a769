import { tr } from '@/lib/content/ui/texts';
import type { RegisteredAccount } from '@/lib/guard/accounts';
import { displayHandle } from '@/lib/guard/handles';
import type { MessageKey } from '@/lib/i18n/format';

export const ROLE_KEYS: Record<RegisteredAccount['role'], MessageKey> = {
  brand: 'accountRoleBrand',
  personal: 'accountRolePersonal',
  client: 'accountRoleClient',
};

/** "@acme · Brand" or "@acme · Client: Dupont SA"; the handle alone for an unregistered account. */
export function accountLine(handle: string, registered: RegisteredAccount | undefined): string {
  const shown = displayHandle(handle);
  if (!registered) return shown;
  const role = tr(ROLE_KEYS[registered.role]);
  return `${shown} · ${registered.label ? `${role}: ${registered.label}` : role}`;
}
