/**
 * Site-independent text insertion that the real editors accept, verified against the editor's
 * model. The editor is detected from the box (detect-editor.ts, editor-model.ts), never assumed
 * from the site. Techniques are tried in the measured order (shared notes, sites.md §13): a
 * synthetic paste for library editors, `beforeinput` for Slate, `execCommand('insertText')` for
 * textareas, plain boxes, Quill and ProseMirror, but never multi-line into Draft.js or Lexical
 * (it corrupts their models). Each attempt is verified; a failed one that changed anything is
 * undone, model and DOM, before the next, so text is never inserted twice. Runs in the page's
 * main world (lib/dom/bridge): the models are only reachable there, and Firefox empties a
 * synthetic paste's DataTransfer coming from an isolated world.
 */

import { caretInside, deepActiveElement, placeCaretAtEnd } from '@/lib/dom/caret';
import type { Detection } from '@/lib/dom/detect-editor';
import { detectEditorInPage, readModelText } from '@/lib/dom/editor-model';
import { closeUndoGroup, snapshotEditor } from '@/lib/dom/editor-snapshot';
import type { InsertTechnique } from '@/lib/dom/insert-techniques';
import { restoreTextSelection, saveTextSelection } from '@/lib/dom/text-selection';
import type { EditorKind } from '@/lib/sites/types';

export type { InsertTechnique } from '@/lib/dom/insert-techniques';

/** The outcome: `ok` only when the editor's model holds the text. `editor` is what was detected. */
export type InsertResult =
  | { ok: true; technique: InsertTechnique; editor: EditorKind; tried: InsertTechnique[]; ms: number }
  | { ok: false; reason: string; editor: EditorKind; tried: InsertTechnique[] };

export interface InsertOptions {
  /** Waits between model reads; tests pass a fake. Default: setTimeout. */
  wait?: (ms: number) => Promise<void>;
  /** How long an editor may take to update its model after an event (default 500 ms). */
  timeoutMs?: number;
  /** Reads the model; default readModelText. */
  readModel?: (el: HTMLElement, editor: EditorKind) => string | null;
  /** Detects the editor; default detectEditorInPage (the hint is used when it finds nothing). */
  detect?: (el: HTMLElement) => Detection | null;
  /** A monotonic clock in ms, for the time the insertion took. */
  clock?: () => number;
}

/** Techniques to try, in order (sites.md §13). */
export function techniquesFor(editor: EditorKind, text: string): InsertTechnique[] {
  const multiLine = text.includes('\n');
  switch (editor) {
    case 'draftjs':
    case 'lexical':
      return multiLine ? ['paste'] : ['paste', 'execCommand'];
    case 'quill':
    case 'prosemirror':
      return ['paste', 'execCommand'];
    case 'slate':
      return ['beforeinput', 'paste'];
    case 'ckeditor5':
      return ['paste', 'beforeinput'];
    case 'textarea':
    case 'contenteditable':
      return ['execCommand'];
    case 'unknown':
      return ['paste', 'beforeinput', 'execCommand'];
  }
}

/** Editors whose "model" is their DOM: a success must survive the page's re-render. */
const DOM_MODELS: ReadonlySet<EditorKind> = new Set(['contenteditable', 'unknown']);

function normalize(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
}

/**
 * True when `after` is `before` with `text` put in at one place, replacing at most a selection:
 * the part before the text is a prefix of `before`, the part after it a suffix, and they do not
 * overlap. Line endings and no-break spaces are compared loosely (editors render spaces as NBSP).
 */
export function holdsInsertion(before: string, after: string, text: string): boolean {
  const [b, a, t] = [normalize(before), normalize(after), normalize(text)];
  for (let at = a.indexOf(t); at !== -1; at = a.indexOf(t, at + 1)) {
    const head = a.slice(0, at);
    const tail = a.slice(at + t.length);
    if (b.startsWith(head) && b.endsWith(tail) && head.length + tail.length <= b.length) return true;
  }
  return false;
}

/** Everything the DOM shows, exactly (to tell that a failed attempt left no trace). */
function domState(el: HTMLElement): string {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
}

function plainData(text: string, doc: Document): DataTransfer {
  const data = new (doc.defaultView ?? window).DataTransfer();
  data.setData('text/plain', text);
  return data;
}

function apply(technique: InsertTechnique, el: HTMLElement, text: string, doc: Document): void {
  const view = doc.defaultView ?? window;
  const init = { bubbles: true, cancelable: true, composed: true };
  if (technique === 'paste') {
    el.dispatchEvent(new view.ClipboardEvent('paste', { ...init, clipboardData: plainData(text, doc) }));
  } else if (technique === 'beforeinput') {
    // What the browser sends for typed text, or for a paste when there are several lines.
    const multiLine = text.includes('\n');
    el.dispatchEvent(
      new view.InputEvent('beforeinput', {
        ...init,
        inputType: multiLine ? 'insertFromPaste' : 'insertText',
        data: multiLine ? null : text,
        dataTransfer: multiLine ? plainData(text, doc) : null,
      }),
    );
  }
  // execCommand is deprecated but still the one way to make the browser type trusted, undoable
  // text. Where it is missing the editor simply sees nothing, which the model check reports.
  else if (typeof doc.execCommand === 'function') doc.execCommand('insertText', false, text);
}

const defaultWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `done` holds or the time is up; returns whether it held. */
async function waitFor(done: () => boolean, wait: (ms: number) => Promise<void>, timeoutMs: number): Promise<boolean> {
  const step = 16;
  for (let spent = 0; !done() && spent < timeoutMs; spent += step) await wait(step);
  return done();
}

/**
 * Inserts plain text at the caret of an editable element (at its end when the caret is elsewhere),
 * with the techniques its detected editor accepts, each verified against the model. `hint` (the
 * site adapter's label) is used only when detection finds nothing. `{ ok: false }` means the
 * model does not hold the text and the box is as it was: the caller offers the clipboard.
 */
export async function insertText(
  box: HTMLElement,
  text: string,
  hint: EditorKind,
  doc: Document = document,
  options: InsertOptions = {},
): Promise<InsertResult> {
  const {
    wait = defaultWait,
    timeoutMs = 500,
    readModel = readModelText,
    detect = detectEditorInPage,
    clock = () => performance.now(),
  } = options;
  const started = clock();
  const detected = detect(box);
  const el = detected?.root ?? box;
  let editor = detected?.editor ?? hint;
  const clean = text.replace(/\r\n?/g, '\n');
  const tried: InsertTechnique[] = [];
  if (!clean) return { ok: false, reason: 'nothing to insert', editor, tried };
  // A library's marks without its model (internals changed): verify on the DOM, as for any editor.
  if (readModel(el, editor) === null && editor !== 'textarea') editor = 'unknown';
  const read = () => readModel(el, editor);
  const before = read();
  if (before === null) return { ok: false, reason: `${editor}: the editor's model is not reachable`, editor, tried };

  const hadCaret = caretInside(el, doc);
  if (deepActiveElement(doc) !== el) el.focus({ preventScroll: true });
  if (!hadCaret) placeCaretAtEnd(el, doc);
  // Editors learn about a moved caret from the async selectionchange event: let it arrive.
  await wait(0);
  const selection = saveTextSelection(el, doc);
  closeUndoGroup(el, editor);
  const domBefore = domState(el);
  const holds = () => {
    const after = read();
    return after !== null && holdsInsertion(before, after, clean);
  };

  for (const technique of techniquesFor(editor, clean)) {
    if (tried.length > 0) restoreTextSelection(el, selection, doc);
    tried.push(technique);
    const restore = snapshotEditor(el, editor, doc);
    apply(technique, el, clean, doc);
    let held = await waitFor(holds, wait, timeoutMs);
    // A DOM-only "model" may be put back by the page's next render: it must still hold after it.
    if (held && DOM_MODELS.has(editor)) {
      await wait(120);
      held = holds();
    }
    if (held) return { ok: true, technique, editor, tried, ms: Math.round(clock() - started) };
    if (read() === before && domState(el) === domBefore) continue;
    restore();
    const back = await waitFor(() => read() === before && domState(el) === domBefore, wait, timeoutMs);
    if (!back)
      return { ok: false, reason: `${editor}: after ${technique} the box could not be put back`, editor, tried };
  }
  restoreTextSelection(el, selection, doc);
  return { ok: false, reason: `${editor}: the editor ignored ${tried.join(', ')}`, editor, tried };
}

export { copyToClipboardFallback } from '@/lib/dom/copy-fallback';
