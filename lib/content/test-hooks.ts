/**
 * Test builds only (npm run build:test): the content script counts the event listeners and
 * observers it holds, so a browser test can check that in-page navigation leaves none behind
 * (tests/e2e/page-lifetime.spec.ts). The count is of this content script's world alone: the page's
 * own listeners live in another world. The store build leaves this out (`__CMC_TEST_HOOKS__`).
 */
declare const __CMC_TEST_HOOKS__: boolean | undefined;

/** Asked by the test with this event on `document`; answered in `data-cmc-test-listeners` on <html>. */
export const COUNT_EVENT = 'cmc-test:count-listeners';

interface Entry {
  target: EventTarget;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
}

/** Wraps addEventListener/removeEventListener and the observers of this world; installs once. */
export function installListenerCount(doc: Document = document): void {
  if (typeof __CMC_TEST_HOOKS__ === 'undefined' || !__CMC_TEST_HOOKS__) return;
  const entries = new Set<Entry>();
  const find = (target: EventTarget, type: string, listener: EventListenerOrEventListenerObject, capture: boolean) =>
    [...entries].find(
      (entry) =>
        entry.target === target && entry.type === type && entry.listener === listener && entry.capture === capture,
    );
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  proto.addEventListener = function (type, listener, options) {
    add.call(this, type, listener, options);
    const signal = typeof options === 'object' ? options.signal : undefined;
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    if (!listener || signal?.aborted || find(this, type, listener, capture)) return;
    const entry = { target: this, type, listener, capture };
    entries.add(entry);
    const forget = () => entries.delete(entry);
    if (signal) add.call(signal, 'abort', forget, { once: true });
    // A `once` listener is gone after its event: forget it then too.
    if (typeof options === 'object' && options.once) add.call(this, type, forget, { once: true });
  };
  proto.removeEventListener = function (type, listener, options) {
    remove.call(this, type, listener, options);
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    const entry = listener ? find(this, type, listener, capture) : undefined;
    if (entry) entries.delete(entry);
  };
  const observing = new Set<object>();
  for (const Observer of [MutationObserver, IntersectionObserver, ResizeObserver]) {
    const observe = Observer.prototype.observe as (this: object, ...args: unknown[]) => void;
    const disconnect = Observer.prototype.disconnect as (this: object) => void;
    (Observer.prototype as { observe: unknown }).observe = function (this: object, ...args: unknown[]) {
      observe.apply(this, args);
      observing.add(this);
    };
    (Observer.prototype as { disconnect: unknown }).disconnect = function (this: object) {
      disconnect.call(this);
      observing.delete(this);
    };
  }
  add.call(doc, COUNT_EVENT, () => {
    doc.documentElement.dataset.cmcTestListeners = String(entries.size);
    doc.documentElement.dataset.cmcTestObservers = String(observing.size);
    const byKind: Record<string, number> = {};
    for (const entry of entries) {
      const kind = `${entry.target.constructor.name}:${entry.type}`;
      byKind[kind] = (byKind[kind] ?? 0) + 1;
    }
    doc.documentElement.dataset.cmcTestKinds = JSON.stringify(byKind);
  });
}
