/**
 * A light guess of a comment's language (French or English) from common words and accents:
 * enough to put the right half of a bilingual template library first, never to block anything.
 */
const FR = new Set(
  'le la les un une des du de et est pas pour avec sur dans je tu il nous vous ils mon ma mes votre vos merci bonjour très qui que quoi où quand comment pourquoi ça ce cette sont été avoir fait mais ou donc car commande livraison prix toujours encore rien bien'.split(
    ' ',
  ),
);
const EN = new Set(
  'the a an and is are was were not for with on in i you he she we they my your our thanks thank hello very who what where when how why it this that have has had but or so because order delivery price still nothing good'.split(
    ' ',
  ),
);

/** 'fr', 'en', or null when the text gives no clear sign. */
export function guessLanguage(text: string): 'fr' | 'en' | null {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  let fr = /[àâçéèêëîïôûùüÿœ]/i.test(text) ? 1 : 0;
  let en = 0;
  for (const raw of words) {
    const word = raw.replace(/^[a-z]'/, '');
    if (FR.has(word)) fr++;
    if (EN.has(word)) en++;
  }
  if (fr === en) return null;
  return fr > en ? 'fr' : 'en';
}
