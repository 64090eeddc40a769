/**
 * The background is the one writer of shared storage items. A handler that reads, changes and
 * writes an item runs inside `serialize(key, …)`: two intents for the same item that arrive
 * together (a template used in a page while it is edited in the side panel, two side panels) run
 * one after the other, so neither write is lost. The queue lives in the worker's memory only
 * while a write is in flight; nothing it holds needs to survive the worker being stopped.
 */
const tails = new Map<string, Promise<unknown>>();

export function serialize<T>(key: string, write: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const next = previous.then(write, write);
  const tail = next.catch(() => undefined);
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return next;
}
