import { cell } from '@/lib/content/ui/cell';
import { ACCOUNTS_KEY, parseAccounts, type RegisteredAccount } from '@/lib/guard/accounts';
import {
  DEFAULT_GUARD_SETTINGS,
  GUARD_SETTINGS_KEY,
  type GuardSettings,
  parseGuardSettings,
} from '@/lib/guard/settings';
import { storedView } from '@/lib/storage/stored-view';

const storedAccounts = storedView(ACCOUNTS_KEY, parseAccounts);
const storedSettings = storedView(GUARD_SETTINGS_KEY, parseGuardSettings);

/** The registry and the guard's switches as this page sees them, kept live. */
export const guardAccounts = cell<RegisteredAccount[]>([]);
export const guardSettings = cell<GuardSettings>(DEFAULT_GUARD_SETTINGS);
/** False until storage answered once: a submission before then is checked with a fresh read. */
export const guardLoaded = cell(false);

/** Loads and follows the registry and switches; stops with the returned function. */
export function connectGuardState(): () => void {
  void Promise.all([storedAccounts.read(), storedSettings.read()]).then(([accounts, settings]) => {
    guardAccounts.set(accounts);
    guardSettings.set(settings);
    guardLoaded.set(true);
  });
  const stopAccounts = storedAccounts.watch((accounts) => {
    guardAccounts.set(accounts);
  });
  const stopSettings = storedSettings.watch((settings) => {
    guardSettings.set(settings);
  });
  return () => {
    stopAccounts();
    stopSettings();
  };
}
