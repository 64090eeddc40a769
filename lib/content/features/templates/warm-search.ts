/**
 * The library's words folded before the first filter keystroke needs them. Started when the user
 * is about to write (a box that takes templates got focus: the content script asks for it after
 * loading this bundle), never in a page where nobody writes. Each stored template is validated and
 * folded as one small item of an idle queue (slices of at most 5 ms), so no step is a long task;
 * a keystroke arriving before the end folds what is left at once (search-index.ts), so results
 * are always complete. Part of the lazily loaded bundle (entrypoints/template-picker.ts).
 */
import { type IdleQueue, idleQueue } from '@/lib/content/idle';
import type { Template } from '@/lib/templates/model';
import { prepareSearch } from '@/lib/templates/search-index';
import { templatesItem } from '@/lib/templates/store';

/**
 * The user is typing: an idle period is used when the page grants one, and a slice runs anyway
 * after a frame's time when it does not (Chromium granted none for 0.5 s after keystrokes in the
 * bench's page), so the library is folded within a few frames of the focus, never in a long task.
 */
const WAIT_AT_MOST_MS = 16;

/** An idle queue for folding the library's words ahead of the filter (also used by each opening). */
export function warmQueue<T>(signal: AbortSignal, work: (item: T) => void): IdleQueue<T> {
  return idleQueue(signal, work, undefined, { waitAtMostMs: WAIT_AT_MOST_MS });
}

let started = false;

/**
 * One stored entry's texts folded. Not validated here (the opening validates the library): the
 * index is keyed by the texts themselves, so an entry the validation would change is folded again
 * by the keystroke that needs it, and a damaged one is only never asked for.
 */
function warmEntry(entry: unknown): void {
  const { name, shortcut = '', body, tags = [] } = (entry ?? {}) as Partial<Record<keyof Template, unknown>>;
  if (typeof name !== 'string' || typeof body !== 'string' || typeof shortcut !== 'string') return;
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string')) return;
  prepareSearch({ name, shortcut, body, tags });
}

/**
 * Folds the library's words in idle slices, once per content script (until `signal` aborts). Later
 * edits are folded when the picker opens (open.ts) or by the keystroke that needs them.
 */
export function warmLibrarySearch(signal: AbortSignal): void {
  if (started || signal.aborted) return;
  started = true;

  const queue = warmQueue<unknown>(signal, warmEntry);
  void templatesItem
    .getValue()
    .then((stored: unknown) => {
      if (!Array.isArray(stored)) return;
      for (const entry of stored) queue.push(entry);
    })
    .catch(() => {
      started = false;
    });
}
