/** Lower case without accents, so "reponse" finds "Réponse" (inbox search, the sentiment lexicon). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
