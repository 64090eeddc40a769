import { detectEditorFromMarks } from '@/lib/dom/detect-editor';
import type { Composer } from '@/lib/sites/types';

/** Slate renders a placeholder and zero-width characters inside the box: only its strings count. */
function slateText(root: HTMLElement): string {
  const blocks = root.querySelectorAll(':scope > [data-slate-node="element"]');
  return [...blocks]
    .map((block) => [...block.querySelectorAll('[data-slate-string]')].map((leaf) => leaf.textContent).join(''))
    .join('\n');
}

/**
 * The text about to leave, as the page shows it (the model lives in the page's world), read the
 * way the detected editor renders it: the same detection as insertion, so the guard, reply
 * tracking and the publish hand-over never read a placeholder or a library's filler as text.
 */
export function composerText(composer: Composer): string {
  const found = detectEditorFromMarks(composer.element);
  const element = found?.root ?? composer.element;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) return element.value;
  if (found?.editor === 'slate') return slateText(element);
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks between blocks, so words on two lines stay two words.
  const text = element.innerText ?? element.textContent ?? '';
  // Zero-width characters editors keep for the caret are not text anyone typed.
  return text.replace(/[\u200b\ufeff]/g, '');
}

/** Text with runs of white space folded: editors render spaces and line breaks their own way. */
export const flatText = (text: string) => text.replace(/\s+/g, ' ').trim();
