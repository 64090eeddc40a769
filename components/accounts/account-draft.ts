import type { TargetedEvent } from 'preact';
import { ACCOUNT_COLOURS, type AccountRole, type RegisteredAccount } from '@/lib/guard/accounts';
import { DEFAULT_NETWORK, type Network } from '@/lib/networks';

export type Input = TargetedEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, Event>;

/** The account form's fields as typed, before validation. */
export interface Draft {
  network: Network;
  handle: string;
  displayName: string;
  role: AccountRole;
  label: string;
  colour: string;
  brandKeywords: string;
  neverWords: string;
  alwaysConfirm: boolean;
  hoursOn: boolean;
  days: number[];
  start: string;
  end: string;
  timeZone: string;
}

export function toDraft(account: RegisteredAccount | null): Draft {
  return {
    network: account?.network ?? DEFAULT_NETWORK,
    handle: account?.handle ?? '',
    displayName: account?.displayName ?? '',
    role: account?.role ?? 'brand',
    label: account?.label ?? '',
    colour: account?.colour ?? ACCOUNT_COLOURS[0],
    brandKeywords: account?.brandKeywords.join(', ') ?? '',
    neverWords: account?.neverWords.join(', ') ?? '',
    alwaysConfirm: account?.alwaysConfirm ?? false,
    hoursOn: Boolean(account?.hours),
    days: account?.hours?.days ?? [1, 2, 3, 4, 5],
    start: account?.hours?.start ?? '09:00',
    end: account?.hours?.end ?? '18:00',
    timeZone: account?.hours?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}
