import type { AccountRole } from '@/lib/guard/accounts';
import type { MessageKey } from '@/lib/i18n';

export const ROLE_LABELS: Record<AccountRole, MessageKey> = {
  brand: 'accountRoleBrand',
  personal: 'accountRolePersonal',
  client: 'accountRoleClient',
};
