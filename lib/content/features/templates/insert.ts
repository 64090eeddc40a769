import {
  moveCaretBack,
  restoreSelection,
  type SavedSelection,
  selectText,
  textBeforeCaret,
} from '@/lib/content/features/templates/caret-text';
import type { SiteContext } from '@/lib/content/site-context';
import type { InsertOutcome } from '@/lib/messaging/content-protocol';
import { sendToBackground } from '@/lib/messaging/content-sender';
import type { Composer } from '@/lib/sites/types';
import { graphemeCount } from '@/lib/text/length-rules';

/** Lets the editor see a focus or selection change (it learns of it from async events). */
const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Moves the caret back from the end of the inserted text to the {cursor} offset. Some editors
 * (Draft.js) restore their own selection after re-rendering a paste, so the caret is checked
 * and moved again when that undid the move; then the editor gets time to take it into its
 * model (from selectionchange) before the user's next key.
 */
async function placeCaret(el: HTMLElement, text: string, caret: number, doc: Document): Promise<void> {
  const head = text.slice(0, caret).split('\n').at(-1) ?? '';
  const tail = text.slice(caret);
  // Done when the caret has stayed at the marker over two checks a frame apart.
  let steady = 0;
  for (let attempt = 0; attempt < 8 && steady < 2; attempt++) {
    await settle();
    const before = textBeforeCaret(el, doc);
    if (before?.endsWith(head) && !(tail && before.endsWith(text))) steady++;
    else {
      steady = 0;
      moveCaretBack(el, graphemeCount(tail), tail.length, doc);
    }
  }
}

export interface Insertion {
  site: SiteContext;
  composer: Composer;
  text: string;
  /** Caret offset in `text` ({cursor}), text.length for the end. */
  caret: number;
  /** The trigger and filter typed in the box, replaced by the text; empty when opened by command. */
  replace: string;
  /** The box's selection when the picker took focus (command, fill-in fields). */
  saved: SavedSelection;
  templateId: string;
  via: 'trigger' | 'command';
}

/**
 * Puts the rendered template in the box through the site layer: focus back in the box, the
 * trigger text selected so the editor's own insertion replaces it, then the caret moved to the
 * {cursor} marker. Records the use in the background.
 */
export async function insertTemplate(insertion: Insertion): Promise<InsertOutcome> {
  const { site, composer, text, caret, replace, saved } = insertion;
  const el = composer.element;
  if (site.doc.activeElement !== el && !el.contains(site.doc.activeElement)) {
    el.focus({ preventScroll: true });
    await settle();
  }
  if (replace) {
    if (!selectText(el, replace, site.doc)) restoreSelection(el, saved, site.doc);
  } else {
    restoreSelection(el, saved, site.doc);
  }
  await settle();
  const outcome = await site.insert(composer, text);
  if (outcome.ok && caret < text.length) await placeCaret(el, text, caret, site.doc);
  if (outcome.ok) {
    sendToBackground('templateUsed', {
      templateId: insertion.templateId,
      network: site.adapter.network,
      postId: composer.answering?.id,
      via: insertion.via,
    }).catch((error: unknown) => console.warn('CM Companion: template use not recorded', error));
  }
  return outcome;
}
