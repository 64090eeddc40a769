/**
 * Elements as they appear, without ever reading the whole page again: one MutationObserver whose
 * records give the added subtrees, and only those are examined (the element itself, what it holds,
 * and the post or box it was added into, since a site may re-render a post in place), in idle
 * slices. Features subscribe with the selector they care about (the adapter's postSelector or
 * composerSelector).
 */
import { idleQueue } from '@/lib/content/idle';
import { closestAny } from '@/lib/sites/shared/query';

export type WatchCallback = (elements: HTMLElement[]) => void;

export interface WatchOptions {
  /** Whether the elements already on the page are reported first (one query of the page, in an idle slice). Default true. */
  existing?: boolean;
}

export interface ElementWatch {
  /**
   * Calls back with the elements matching selector on the page now (once, in an idle slice; not
   * with `existing: false`), then with each batch of matching elements added or changed inside.
   * Returns the unsubscribe function.
   */
  watch(selector: string, callback: WatchCallback, options?: WatchOptions): () => void;
}

interface Watcher {
  selector: string;
  callback: WatchCallback;
  found: Set<HTMLElement>;
}

// closestAny, not Element.closest: a `:has()` tried on every ancestor would search the whole feed.
const closestSafe = (element: Element, selector: string) => closestAny(element, selector);

function queryAllSafe(root: ParentNode, selector: string): Iterable<HTMLElement> {
  try {
    return root.querySelectorAll<HTMLElement>(selector);
  } catch {
    return [];
  }
}

/** Starts the observer on doc; it stops with signal. */
export function createElementWatch(doc: Document, signal: AbortSignal): ElementWatch {
  const watchers = new Set<Watcher>();
  type Job = { node: Node } | { initial: Watcher };
  const queue = idleQueue<Job>(
    signal,
    (job) => {
      if ('initial' in job) {
        if (!watchers.has(job.initial)) return;
        for (const element of queryAllSafe(doc, job.initial.selector)) job.initial.found.add(element);
        return;
      }
      const element = job.node instanceof Element ? job.node : job.node.parentElement;
      if (!element?.isConnected) return;
      for (const watcher of watchers) {
        const around = closestSafe(element, watcher.selector);
        if (around) watcher.found.add(around);
        for (const inside of queryAllSafe(element, watcher.selector)) watcher.found.add(inside);
      }
    },
    () => {
      for (const watcher of watchers) {
        if (watcher.found.size === 0) continue;
        const elements = [...watcher.found];
        watcher.found.clear();
        try {
          watcher.callback(elements);
        } catch (error) {
          console.warn('CM Companion: a watch callback failed', error);
        }
      }
    },
  );
  const observer = new MutationObserver((records) => {
    if (watchers.size === 0) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) queue.push({ node });
      }
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  return {
    watch(selector, callback, options) {
      const watcher: Watcher = { selector, callback, found: new Set() };
      watchers.add(watcher);
      if (options?.existing !== false) queue.push({ initial: watcher });
      return () => watchers.delete(watcher);
    },
  };
}
