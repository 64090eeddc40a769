import type { Composer } from '../sites/types';

/** Text with runs of white space folded: editors render spaces and line breaks their own way. */
export const flatText = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What a composer shows now, folded (a textarea's value, else the editable's text). */
export const composerText = (composer: Composer) =>
  flatText(
    composer.element instanceof HTMLTextAreaElement ? composer.element.value : (composer.element.textContent ?? ''),
  );
