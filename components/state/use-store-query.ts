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
 * whichever view or tab made the change. `laterMs`: after a change, waits that long (a burst of
 * changes costs one run), so what the user is looking at (the list) is answered first.
 */
export function useStoreQuery<T>(stores: readonly StoreName[], query: () => Promise<T>, laterMs = 0): StoreQuery<T> {
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
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      if (laterMs === 0) return void run();
      // The first change of a burst sets the time; the others join it (a long burst is never starved).
      timer ??= setTimeout(() => {
        timer = undefined;
        void run();
      }, laterMs);
    };
    const unwatch = stores.map((store) => watchStore(store, changed));
    return () => {
      live = false;
      clearTimeout(timer);
      for (const stop of unwatch) stop();
    };
  }, []);
  return { data, error };
}
