/**
 * Growth and content ideas read and send from the page-UI bundle the background injects on first
 * use (entrypoints/template-picker.ts): every page keeps only what decides whether to load it.
 * This is how the content features find that code once it is loaded.
 */

import type { SaveIdea } from '@/lib/content/features/capture/idea';
import type { GrowthRead } from '@/lib/content/features/growth-read';
import { loadPicker } from '@/lib/content/features/templates/load';

const LAZY_GLOBAL = Symbol.for('cm-companion.growth-and-ideas');
interface Lazy {
  readProfile: GrowthRead;
  saveIdea: SaveIdea;
}
type WithLazy = typeof globalThis & { [LAZY_GLOBAL]?: Lazy };

export function registerGrowthAndIdeas(lazy: Lazy): void {
  (globalThis as WithLazy)[LAZY_GLOBAL] ??= lazy;
}

/** The loaded code, loading the page-UI bundle when it is not here yet; undefined when it cannot load. */
export async function loadGrowthAndIdeas(): Promise<Lazy | undefined> {
  if (!(globalThis as WithLazy)[LAZY_GLOBAL]) await loadPicker();
  return (globalThis as WithLazy)[LAZY_GLOBAL];
}
