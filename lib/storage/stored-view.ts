/**
 * What a content script reads of extension storage: one key, validated on every read, followed
 * live. Read-only, and without @wxt-dev/storage (≈ 2.7 kB gzip on every page): the items' versions,
 * migrations and writes belong to the background (lib/background/one-writer.ts), which defines
 * them with their keys from the same domain constants.
 */
import { browser } from '@/lib/browser';

export interface StoredView<T> {
  read(): Promise<T>;
  /** Calls back with the new value, validated, on every change from any context. Returns the unwatch. */
  watch(callback: (value: T) => void): () => void;
}

export function storedView<T>(key: string, parse: (stored: unknown) => T): StoredView<T> {
  return {
    async read() {
      const stored = await browser.storage.local.get(key);
      return parse(stored[key]);
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && Object.hasOwn(changes, key)) callback(parse(changes[key]?.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
