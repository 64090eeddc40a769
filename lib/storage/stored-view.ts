/**
 * What a content script reads of extension storage: one key, validated on every read, followed
 * live. Read-only, and without @wxt-dev/storage (≈ 2.7 kB gzip on every page): the items' versions,
 * migrations and writes belong to the background (lib/background/one-writer.ts), which defines
 * them with their keys from the same domain constants.
 * A page's features start together and each reads its keys: the reads asked in one task are one
 * request to storage, and one change listener serves every watched key.
 */
import { browser } from '@/lib/browser';

export interface StoredView<T> {
  read(): Promise<T>;
  /** Calls back with the new value, validated, on every change from any context. Returns the unwatch. */
  watch(callback: (value: T) => void): () => void;
}

type Changes = Record<string, { newValue?: unknown }>;

let batch: { keys: Set<string>; values: Promise<Record<string, unknown>> } | undefined;

/** The stored value of `key`, read with every other key asked for in the same task. */
function readBatched(key: string): Promise<unknown> {
  if (!batch) {
    const keys = new Set<string>();
    const values = new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => {
      batch = undefined;
      return browser.storage.local.get([...keys]);
    });
    batch = { keys, values };
  }
  batch.keys.add(key);
  return batch.values.then((values) => values[key]);
}

const watchers = new Map<string, Set<(changes: Changes) => void>>();
const onChanged = (changes: Changes, area: string) => {
  if (area !== 'local') return;
  for (const key of Object.keys(changes)) {
    for (const watcher of watchers.get(key) ?? []) watcher(changes);
  }
};

function watchKey(key: string, watcher: (changes: Changes) => void): () => void {
  if (!browser.storage.onChanged.hasListener(onChanged)) browser.storage.onChanged.addListener(onChanged);
  const forKey = watchers.get(key) ?? new Set();
  watchers.set(key, forKey.add(watcher));
  return () => {
    forKey.delete(watcher);
    if (forKey.size === 0) watchers.delete(key);
    if (watchers.size === 0) browser.storage.onChanged.removeListener(onChanged);
  };
}

export function storedView<T>(key: string, parse: (stored: unknown) => T): StoredView<T> {
  return {
    async read() {
      return parse(await readBatched(key));
    },
    watch(callback) {
      // A fresh function per watch: the same callback watched twice is two watches.
      return watchKey(key, (changes) => callback(parse(changes[key]?.newValue)));
    },
  };
}
