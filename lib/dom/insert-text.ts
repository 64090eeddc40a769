/**
 * Site-independent text insertion that the real editors accept, verified against the editor's
 * model. Which technique each library accepts was measured (shared notes, sites.md §13): a
 * synthetic paste for Draft.js, Lexical, Quill and ProseMirror; `execCommand('insertText')` for
 * textareas and plain contenteditables. Both keep the editor's undo stack and leave the caret
 * after the text. Runs in the page's main world (lib/dom/bridge): the models are only reachable
 * there, and Firefox empties a synthetic paste's DataTransfer coming from an isolated world.
 */

import { caretInside, deepActiveElement, placeCaretAtEnd } from '@/lib/dom/caret';
import { readModelText } from '@/lib/dom/editor-model';
import type { EditorKind } from '@/lib/sites/types';

export type InsertTechnique = 'paste' | 'execCommand';

/** The outcome: `ok` only when the editor's model holds the text. */
export type InsertResult =
  | { ok: true; technique: InsertTechnique }
  | { ok: false; reason: string; tried: InsertTechnique[] };

export interface InsertOptions {
  /** Waits between model reads; tests pass a fake. Default: setTimeout. */
  wait?: (ms: number) => Promise<void>;
  /** How long an editor may take to update its model after an event (default 500 ms). */
  timeoutMs?: number;
  /** Reads the model; default readModelText. */
  readModel?: (el: HTMLElement, editor: EditorKind) => string | null;
}

const PRIMARY: Record<EditorKind, InsertTechnique> = {
  draftjs: 'paste',
  lexical: 'paste',
  quill: 'paste',
  prosemirror: 'paste',
  textarea: 'execCommand',
  contenteditable: 'execCommand',
};

/**
 * Techniques to try, in order. execCommand breaks Draft.js and Lexical models with multi-line
 * text (lines lost or reordered), so it is a fallback for one-line text only.
 */
export function techniquesFor(editor: EditorKind, text: string): InsertTechnique[] {
  const primary = PRIMARY[editor];
  return primary === 'paste' && !text.includes('\n') ? ['paste', 'execCommand'] : [primary];
}

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

function domText(el: HTMLElement): string {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
}

function dispatchPaste(el: HTMLElement, text: string, doc: Document): void {
  const view = doc.defaultView ?? window;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  el.dispatchEvent(
    new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }),
  );
}

function apply(technique: InsertTechnique, el: HTMLElement, text: string, doc: Document): void {
  if (technique === 'paste') dispatchPaste(el, text, doc);
  // execCommand is deprecated but still the one way to make the browser type trusted, undoable
  // text. Where it is missing the editor simply sees nothing, which the model check reports.
  else if (typeof doc.execCommand === 'function') doc.execCommand('insertText', false, text);
}

const defaultWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls the model until it holds the insertion or the time is up; returns the last text read. */
async function waitForModel(
  read: () => string | null,
  before: string,
  text: string,
  wait: (ms: number) => Promise<void>,
  timeoutMs: number,
): Promise<{ held: boolean; after: string | null }> {
  const step = 16;
  let after = read();
  for (let spent = 0; !(after !== null && holdsInsertion(before, after, text)) && spent < timeoutMs; spent += step) {
    await wait(step);
    after = read();
  }
  return { held: after !== null && holdsInsertion(before, after, text), after };
}

/**
 * Inserts plain text at the caret of an editable element (at its end when the caret is elsewhere),
 * with the technique its editor accepts, then reads the model back. `{ ok: false }` means the
 * model does not hold the text: the caller offers the clipboard instead (copyToClipboardFallback).
 * A UI that triggers this should keep focus in the page (preventDefault on its button's
 * mousedown) so the user's caret survives.
 */
export async function insertText(
  el: HTMLElement,
  text: string,
  editor: EditorKind,
  doc: Document = document,
  options: InsertOptions = {},
): Promise<InsertResult> {
  const { wait = defaultWait, timeoutMs = 500, readModel = readModelText } = options;
  const clean = text.replace(/\r\n?/g, '\n');
  const tried: InsertTechnique[] = [];
  if (!clean) return { ok: false, reason: 'nothing to insert', tried };
  const read = () => readModel(el, editor);
  const before = read();
  if (before === null) return { ok: false, reason: `${editor}: the editor's model is not reachable`, tried };

  const hadCaret = caretInside(el, doc);
  if (deepActiveElement(doc) !== el) el.focus({ preventScroll: true });
  if (!hadCaret) placeCaretAtEnd(el, doc);
  // Editors learn about a moved caret from the async selectionchange event: let it arrive.
  await wait(0);

  for (const technique of techniquesFor(editor, clean)) {
    tried.push(technique);
    const domBefore = domText(el);
    apply(technique, el, clean, doc);
    const { held, after } = await waitForModel(read, before, clean, wait, timeoutMs);
    if (held) return { ok: true, technique };
    // Something changed: trying another technique could insert the text twice.
    if (after !== before || domText(el) !== domBefore) {
      return { ok: false, reason: `${editor}: after ${technique} the model does not hold the text`, tried };
    }
  }
  return { ok: false, reason: `${editor}: the editor ignored ${tried.join(' and ')}`, tried };
}

/**
 * The fallback when insertion fails: puts the text on the clipboard so the user can paste it
 * (tell them so). Async Clipboard API first, then a temporary textarea + execCommand('copy')
 * for pages that deny it; focus returns where it was. Resolves false when both fail.
 */
export async function copyToClipboardFallback(text: string, doc: Document = document): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Denied (no user activation, permissions policy): try the legacy path.
    }
  }
  const previous = deepActiveElement(doc);
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  doc.body.append(area);
  area.focus({ preventScroll: true });
  area.select();
  let copied = false;
  try {
    copied = doc.execCommand('copy');
  } finally {
    area.remove();
    if (previous instanceof HTMLElement) previous.focus({ preventScroll: true });
  }
  return copied;
}
