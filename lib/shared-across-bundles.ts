/**
 * One instance of a module's state per JavaScript world, even when two bundles run in the same
 * world and each carries a copy of the module's code: in a page, the template library bundle
 * (read and folded at focus) and the picker's view bundle (loaded at the first opening) share
 * the library read and the search index (entrypoints/template-library.ts, template-picker.ts).
 * Both bundles come from the same build, so both copies agree on the state's shape.
 */
const REGISTRY = Symbol.for('cm-companion.shared-across-bundles');

type WithRegistry = typeof globalThis & { [REGISTRY]?: Map<string, unknown> };

export function sharedAcrossBundles<T>(name: string, create: () => T): T {
  const world = globalThis as WithRegistry;
  world[REGISTRY] ??= new Map();
  const registry = world[REGISTRY];
  if (!registry.has(name)) registry.set(name, create());
  return registry.get(name) as T;
}

/** Tests only: fresh state for freshly imported modules (vi.resetModules does not reach globals). */
export function forgetSharedState(): void {
  delete (globalThis as WithRegistry)[REGISTRY];
}
