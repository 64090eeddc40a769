import type { Composer } from '@/lib/sites/types';

/** The text about to leave, as the page shows it (the model lives in the page's world). */
export function composerText(composer: Composer): string {
  const element = composer.element;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) return element.value;
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks between blocks, so words on two lines stay two words.
  return element.innerText ?? element.textContent ?? '';
}

/** Text with runs of white space folded: editors render spaces and line breaks their own way. */
export const flatText = (text: string) => text.replace(/\s+/g, ' ').trim();
