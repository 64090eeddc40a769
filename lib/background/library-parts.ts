/**
 * The stored template library handed to a page's warm-up in parts (`templateLibraryPart`): the
 * first part reads storage (1.4 MB at 2,000 templates), the next parts are cut from that read
 * instead of reading the whole library again for each. The read is dropped as soon as the library
 * changes (the page, which follows the same changes, drops what it read too: warm-search.ts), after
 * its last part, and after a while, so the worker does not keep a copy of the library.
 */

/** How long a read waits for its next part before it is dropped. */
export const PART_READ_KEPT_MS = 10_000;

export interface LibraryPart {
  entries: unknown[];
  total: number;
}

export function libraryParts(
  read: () => Promise<unknown>,
  watchChanges: (changed: () => void) => void,
): (from: number, count: number) => Promise<LibraryPart> {
  let current: Promise<unknown[]> | null = null;
  let forget: ReturnType<typeof setTimeout> | undefined;
  const drop = () => {
    current = null;
    clearTimeout(forget);
  };
  watchChanges(drop);
  return async (from, count) => {
    if (from === 0 || !current) {
      drop();
      current = read().then((stored) => (Array.isArray(stored) ? stored : []));
    }
    const reading = current;
    const entries = await reading;
    if (from + count >= entries.length) {
      if (current === reading) drop();
    } else {
      clearTimeout(forget);
      forget = setTimeout(() => current === reading && drop(), PART_READ_KEPT_MS);
    }
    return { entries: entries.slice(from, from + count), total: entries.length };
  };
}
