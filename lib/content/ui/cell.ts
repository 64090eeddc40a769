/**
 * A value that tells when it changes: what content scripts need of signals (the settings, the
 * registry, the texts) in a few lines, so @preact/signals-core (≈ 1.6 kB gzip) loads only with
 * the page-UI bundle, where Preact renders (lib/content/ui/locale.ts mirrors cells into signals).
 */
export interface Cell<T> {
  get(): T;
  /** Sets and tells the watchers, when the value is a different one. */
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

export function cell<T>(initial: T): Cell<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Runs now and after any of the cells changes; returns the stop. */
export function watchCells(cells: readonly Cell<unknown>[], run: () => void): () => void {
  const stops = cells.map((one) => one.subscribe(run));
  run();
  return () => {
    for (const stop of stops) stop();
  };
}
