/**
 * A bundle loaded on first use: the background injects it into this tab's isolated world once
 * (chrome.scripting), and it registers its entry point on a global that `registered` reads.
 * Concurrent callers share one load; a failed load is tried again on the next call.
 */
export function bundleLoader<T>(
  load: () => Promise<unknown>,
  registered: () => T | undefined,
  what: string,
): () => Promise<T | undefined> {
  let loading: Promise<T | undefined> | undefined;
  return () => {
    const ready = registered();
    if (ready) return Promise.resolve(ready);
    loading ??= load()
      .then(() => registered())
      .catch((error: unknown) => {
        console.warn(`CM Companion: the ${what} could not be loaded`, error);
        loading = undefined;
        return undefined;
      });
    return loading;
  };
}

/**
 * Where a bundle's entry point waits in the isolated world, which the bundle and the content script
 * share: the bundle `register`s it once, the content script reads it with `registered`.
 */
export function bundleGlobal<T>(name: string): { register: (api: T) => void; registered: () => T | undefined } {
  const key = Symbol.for(`cm-companion.${name}`);
  const slot = globalThis as typeof globalThis & { [key]?: T };
  return {
    register: (api) => {
      slot[key] ??= api;
    },
    registered: () => slot[key],
  };
}
