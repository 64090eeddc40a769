/**
 * The library read and its words folded before the picker needs them. Started when the user is
 * about to write (a box that takes templates got focus: the content script loads the small
 * template library bundle for it, entrypoints/template-library.ts), never in a page where nobody
 * writes. The stored library is read once; each template is validated and folded as one small
 * item of an idle queue (slices of at most 5 ms), so no step is a long task. The picker's view,
 * a bundle of its own loaded at the first opening, takes the library from here while storage has
 * not changed since (read-library.ts: no second read of the whole library), and a filter
 * keystroke arriving before the end folds what is left at once (search-index.ts): results are
 * always complete. Both bundles carry this file; its state is one per page (shared-across-bundles.ts).
 */
import { type IdleQueue, idleQueue } from '@/lib/content/idle';
import { sendToBackground } from '@/lib/messaging/content-sender';
import { sharedAcrossBundles } from '@/lib/shared-across-bundles';
import { storedView } from '@/lib/storage/stored-view';
import type { Template } from '@/lib/templates/model';
import { prepareSearch } from '@/lib/templates/search-index';
import { parseStoredTemplate } from '@/lib/templates/stored-template';

/** The stored library as read for the warm-up, validated entry by entry as the slices go. */
export interface WarmLibrary {
  stored: unknown[];
  /** Each entry once validated: the template, or null for a damaged entry (left out, as readTemplates does). */
  parsed: (Template | null | undefined)[];
}

/** One per page across bundles (read lazily: tests start afresh with forgetSharedState). */
const warmState = () =>
  sharedAcrossBundles('template-warm-search', () => ({
    started: false,
    pickerOpen: false,
    /** Dropped as soon as storage says the library changed. */
    library: null as WarmLibrary | null,
    /** While the parts are arriving: the library once read whole (null when the read failed or went stale). */
    reading: null as Promise<WarmLibrary | null> | null,
  }));

/**
 * The user is about to type: an idle period is used when the page grants one, and a slice runs
 * anyway after a frame's time when it does not (Chromium granted none for 0.1–0.5 s after
 * keystrokes in the picker bench). Once the picker is open the next keystroke needs the words:
 * slices follow each other as ordinary tasks (still at most 5 ms each, so a key waits at most that).
 */
const WAIT_AT_MOST_MS = 16;
const waitAtMost = () => (warmState().pickerOpen ? 0 : WAIT_AT_MOST_MS);

/** The picker is open (or closed): what is left to fold is needed by the next keystroke. */
export function setPickerOpen(open: boolean): void {
  warmState().pickerOpen = open;
}

/** An idle queue for folding the library's words ahead of the filter (also used by each opening). */
export function warmQueue<T>(signal: AbortSignal, work: (item: T) => void): IdleQueue<T> {
  return idleQueue(signal, work, undefined, { waitAtMostMs: waitAtMost });
}

/** The library as the warm-up read it, while storage has not changed since; null otherwise. */
export function warmedLibrary(): WarmLibrary | null {
  return warmState().library;
}

/**
 * The warm-up's library, waiting for its last parts when they are on their way (an opening typed
 * right after the focus then does not read the whole library again in one long task); null when
 * there is none (nothing warmed, or storage changed).
 */
export async function warmedLibraryOnceRead(): Promise<WarmLibrary | null> {
  const warm = warmState();
  if (warm.library || !warm.reading) return warm.library;
  await warm.reading;
  return warm.library;
}

/** The entry at `index`, validated once. */
export function parsedAt(from: WarmLibrary, index: number): Template | null {
  let template = from.parsed[index];
  if (template === undefined) {
    template = parseStoredTemplate(from.stored[index]);
    from.parsed[index] = template;
  }
  return template;
}

/** Followed for changes only: the library is read in parts from the background (readInParts). */
const storedLibrary = storedView('templates', () => null);

/**
 * Templates per message: receiving 2,000 at once (1.4 MB) is one 15–45 ms task in the page,
 * 250 of them (≈ 175 kB) a few ms.
 */
const PART = 250;

/**
 * The stored library into `into`, part after part, each received in its own task. False when
 * the page ended or the library changed meanwhile (`stale`): the picker's opening then reads it itself.
 */
async function readInParts(into: WarmLibrary, stale: () => boolean, onPart: (from: number) => void) {
  for (let total = 1; into.stored.length < total; ) {
    const part = await sendToBackground('templateLibraryPart', { from: into.stored.length, count: PART });
    if (stale()) return false;
    total = part.total;
    if (part.entries.length === 0) break;
    const from = into.stored.length;
    into.stored.push(...part.entries);
    onPart(from);
  }
  return !stale();
}

/**
 * Reads the library and folds its words in idle slices, once per content script (until `signal`
 * aborts). Later edits are folded when the picker opens (open.ts) or by the keystroke that needs them.
 */
export function warmLibrarySearch(signal: AbortSignal): void {
  const warm = warmState();
  if (warm.started || signal.aborted) return;
  warm.started = true;
  let changes = 0;
  const unwatch = storedLibrary.watch(() => {
    changes++;
    warm.library = null;
  });
  signal.addEventListener(
    'abort',
    () => {
      unwatch();
      warm.library = null;
    },
    { once: true },
  );
  // Folded as the parts arrive; the library is the picker's once complete, until it changes.
  const reading: WarmLibrary = { stored: [], parsed: [] };
  const stale = () => signal.aborted || changes > 0;
  const queue = warmQueue<number>(signal, (index) => {
    if (stale()) return;
    const template = parsedAt(reading, index);
    if (template) prepareSearch(template);
  });
  warm.reading = readInParts(reading, stale, (from) => {
    for (let index = from; index < reading.stored.length; index++) queue.push(index);
  })
    .then((complete) => {
      if (complete) warm.library = reading;
      return warm.library;
    })
    .catch(() => {
      warm.started = false;
      return null;
    })
    .finally(() => {
      warm.reading = null;
    });
}
