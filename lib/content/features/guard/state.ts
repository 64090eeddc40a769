import { signal } from '@preact/signals-core';
import type { RegisteredAccount } from '@/lib/guard/accounts';
import { DEFAULT_GUARD_SETTINGS, type GuardSettings } from '@/lib/guard/settings';
import { readAccounts, readGuardSettings, watchAccounts, watchGuardSettings } from '@/lib/guard/store';

/** The registry and the guard's switches as this page sees them, kept live. */
export const guardAccounts = signal<RegisteredAccount[]>([]);
export const guardSettings = signal<GuardSettings>(DEFAULT_GUARD_SETTINGS);
/** False until storage answered once: a submission before then is checked with a fresh read. */
export const guardLoaded = signal(false);

/** Loads and follows the registry and switches; stops with the returned function. */
export function connectGuardState(): () => void {
  void Promise.all([readAccounts(), readGuardSettings()]).then(([accounts, settings]) => {
    guardAccounts.value = accounts;
    guardSettings.value = settings;
    guardLoaded.value = true;
  });
  const stopAccounts = watchAccounts((accounts) => {
    guardAccounts.value = accounts;
  });
  const stopSettings = watchGuardSettings((settings) => {
    guardSettings.value = settings;
  });
  return () => {
    stopAccounts();
    stopSettings();
  };
}
