import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { listShortcuts } from '@/lib/shortcuts';

/**
 * The keys bound now to the extension's commands, by command name, read from the browser
 * (commands.getAll): a key the user rebound shows rebound, an unbound one as missing.
 */
export function useCommandKeys(): Signal<Record<string, string>> {
  const keys = useSignal<Record<string, string>>({});
  useEffect(() => {
    void listShortcuts().then((list) => {
      keys.value = Object.fromEntries(list.map((item) => [item.name, item.shortcut]));
    });
  }, []);
  return keys;
}
