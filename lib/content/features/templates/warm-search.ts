/**
 * The library read and its words folded before the picker needs them. Started when the user is
 * about to write (a box that takes templates got focus: the content script asks for it after
 * loading this bundle), never in a page where nobody writes. The stored library is read once;
 * each template is validated and folded as one small item of an idle queue (slices of at most
 * 5 ms), so no step is a long task. The picker's opening takes the library from here while
 * storage has not changed since (no second read of the whole library), and a filter keystroke
 * arriving before the end folds what is left at once (search-index.ts): results are always complete.
 * Part of the lazily loaded bundle (entrypoints/template-picker.ts).
 */
import { type IdleQueue, idleQueue } from '@/lib/content/idle';
import { parseStoredTemplate, type Template } from '@/lib/templates/model';
import { prepareSearch } from '@/lib/templates/search-index';
import { joinUses, readTemplates, templatesItem } from '@/lib/templates/store';
import { readTemplateUses } from '@/lib/templates/uses';

/**
 * The user is about to type: an idle period is used when the page grants one, and a slice runs
 * anyway after a frame's time when it does not (Chromium granted none for 0.1–0.5 s after
 * keystrokes in the picker bench). Once the picker is open the next keystroke needs the words:
 * slices follow each other as ordinary tasks (still at most 5 ms each, so a key waits at most that).
 */
const WAIT_AT_MOST_MS = 16;
let pickerOpen = false;
const waitAtMost = () => (pickerOpen ? 0 : WAIT_AT_MOST_MS);

/** The picker is open (or closed): what is left to fold is needed by the next keystroke. */
export function setPickerOpen(open: boolean): void {
  pickerOpen = open;
}

/** An idle queue for folding the library's words ahead of the filter (also used by each opening). */
export function warmQueue<T>(signal: AbortSignal, work: (item: T) => void): IdleQueue<T> {
  return idleQueue(signal, work, undefined, { waitAtMostMs: waitAtMost });
}

/** The stored library as read for the warm-up, validated entry by entry as the slices go. */
interface WarmLibrary {
  stored: readonly unknown[];
  /** Each entry once validated: the template, or null for a damaged entry (left out, as readTemplates does). */
  parsed: (Template | null | undefined)[];
}

let started = false;
/** Dropped as soon as storage says the library changed. */
let library: WarmLibrary | null = null;

function parsedAt(from: WarmLibrary, index: number): Template | null {
  let template = from.parsed[index];
  if (template === undefined) {
    template = parseStoredTemplate(from.stored[index]);
    from.parsed[index] = template;
  }
  return template;
}

/**
 * Reads the library and folds its words in idle slices, once per content script (until `signal`
 * aborts). Later edits are folded when the picker opens (open.ts) or by the keystroke that needs them.
 */
export function warmLibrarySearch(signal: AbortSignal): void {
  if (started || signal.aborted) return;
  started = true;
  const unwatch = templatesItem.watch(() => {
    library = null;
  });
  signal.addEventListener(
    'abort',
    () => {
      unwatch();
      library = null;
    },
    { once: true },
  );
  let read: WarmLibrary | null = null;
  const queue = warmQueue<number>(signal, (index) => {
    if (read !== library || !read) return;
    const template = parsedAt(read, index);
    if (template) prepareSearch(template);
  });
  void templatesItem
    .getValue()
    .then((stored: unknown) => {
      if (!Array.isArray(stored) || signal.aborted) return;
      read = { stored, parsed: new Array(stored.length) };
      library = read;
      for (let index = 0; index < stored.length; index++) queue.push(index);
    })
    .catch(() => {
      started = false;
    });
}

/**
 * The library as readTemplates gives it: from the warm-up's read while storage has not changed
 * since (what is not validated yet is validated now, after the usage is read: not in the task that
 * opens the picker), else read from storage.
 */
export async function readLibrary(): Promise<Template[]> {
  if (!library) return readTemplates();
  const uses = await readTemplateUses();
  const from = library;
  if (!from) return readTemplates();
  const templates: Template[] = [];
  for (let index = 0; index < from.stored.length; index++) {
    const template = parsedAt(from, index);
    if (template) templates.push(template);
  }
  return joinUses(templates, uses);
}
