/**
 * The profile readers (growth) live in the page-UI bundle the background injects on first use
 * (entrypoints/template-picker.ts); this is how the growth feature finds them once it is loaded.
 */
import { loadPicker } from '@/lib/content/features/templates/load';
import type { Network } from '@/lib/networks';
import type { ProfileReader } from '@/lib/sites/profile-readers';

const READERS_GLOBAL = Symbol.for('cm-companion.profile-readers');
type WithReaders = typeof globalThis & { [READERS_GLOBAL]?: Record<Network, ProfileReader> };

export function registerProfileReaders(readers: Record<Network, ProfileReader>): void {
  (globalThis as WithReaders)[READERS_GLOBAL] ??= readers;
}

/** The network's reader, loading the page-UI bundle when it is not here yet; undefined when it cannot load. */
export async function loadProfileReader(network: Network): Promise<ProfileReader | undefined> {
  if (!(globalThis as WithReaders)[READERS_GLOBAL]) await loadPicker();
  return (globalThis as WithReaders)[READERS_GLOBAL]?.[network];
}
