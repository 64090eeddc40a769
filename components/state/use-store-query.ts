import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { StoreName } from '@/lib/db/schema';
import { watchStore } from '@/lib/storage/db-revision';

export interface StoreQuery<T> {
  data: Signal<T | undefined>;
  error: Signal<string | null>;
}

/**
 * Runs a background query now and again whenever one of the stores it reads changes, from
 * whichever view or tab made the change.
 */
export function useStoreQuery<T>(stores: readonly StoreName[], query: () => Promise<T>): StoreQuery<T> {
  const data = useSignal<T | undefined>(undefined);
  const error = useSignal<string | null>(null);
  useEffect(() => {
    let live = true;
    const run = () =>
      query().then(
        (value) => {
          if (!live) return;
          data.value = value;
          error.value = null;
        },
        (reason: unknown) => {
          if (live) error.value = reason instanceof Error ? reason.message : String(reason);
        },
      );
    void run();
    const unwatch = stores.map((store) => watchStore(store, () => void run()));
    return () => {
      live = false;
      for (const stop of unwatch) stop();
    };
  }, []);
  return { data, error };
}
