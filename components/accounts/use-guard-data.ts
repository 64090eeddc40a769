import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { RegisteredAccount } from '@/lib/guard/accounts';
import { DEFAULT_GUARD_SETTINGS, type GuardSettings, type SeenAccount } from '@/lib/guard/settings';
import {
  readAccounts,
  readGuardSettings,
  readSeenAccounts,
  watchAccounts,
  watchGuardSettings,
  watchSeenAccounts,
} from '@/lib/guard/store';

export interface GuardData {
  accounts: Signal<RegisteredAccount[]>;
  seen: Signal<SeenAccount[]>;
  settings: Signal<GuardSettings>;
  loaded: Signal<boolean>;
}

/** The registry, the reported accounts and the switches, live from storage while the view is open. */
export function useGuardData(): GuardData {
  const accounts = useSignal<RegisteredAccount[]>([]);
  const seen = useSignal<SeenAccount[]>([]);
  const settings = useSignal<GuardSettings>(DEFAULT_GUARD_SETTINGS);
  const loaded = useSignal(false);
  useEffect(() => {
    void Promise.all([readAccounts(), readSeenAccounts(), readGuardSettings()]).then(([a, s, g]) => {
      accounts.value = a;
      seen.value = s;
      settings.value = g;
      loaded.value = true;
    });
    const stops = [
      watchAccounts((value) => {
        accounts.value = value;
      }),
      watchSeenAccounts((value) => {
        seen.value = value;
      }),
      watchGuardSettings((value) => {
        settings.value = value;
      }),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);
  return { accounts, seen, settings, loaded };
}
