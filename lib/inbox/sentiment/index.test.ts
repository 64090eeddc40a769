import { describe, expect, it } from 'vitest';
import { scoreText, suggestSentiment, tokenize } from '@/lib/inbox/sentiment';

describe('sentiment suggestions', () => {
  it.each([
    ['Bravo pour le lancement, super équipe ! 🎉', 'positive'],
    ['Merci beaucoup, service génial', 'positive'],
    ['Love the new app, great job!', 'positive'],
    ['Thanks a lot 😍', 'positive'],
    ['Franchement déçu, c’est nul', 'negative'],
    ['This update is terrible and so slow 👎', 'negative'],
    ['Pas content du tout de la nouvelle version', 'negative'],
    ['Not good at all.', 'negative'],
    ['Est-ce disponible en Belgique ?', 'question'],
    ['Pourquoi le magasin de Lyon ferme le dimanche', 'question'],
    ['When does the sale start?', 'question'],
    ['Bravo pour le lancement ! Est-ce disponible en Belgique ? 🇧🇪', 'question'],
    ['Ma commande n’est toujours pas arrivée 📦\nVous pouvez vérifier ?', 'complaint'],
    ['Je veux être remboursé, inadmissible', 'complaint'],
    ['Still not received my order, I want a refund', 'complaint'],
    ['Charged twice and no answer from customer service', 'complaint'],
    ['Le nouveau catalogue sort lundi', 'neutral'],
    ['We are at the trade fair this week', 'neutral'],
  ])('%s → %s', (text, expected) => {
    expect(suggestSentiment(text).sentiment).toBe(expected);
  });

  it('a complaint word in a clearly happy text is not a complaint', () => {
    expect(suggestSentiment('Refund was quick, thanks, great service!').sentiment).toBe('positive');
  });

  it('negation flips the next words and French elisions are split', () => {
    expect(tokenize("J'adore l’appli")).toEqual(['adore', 'appli']);
    expect(scoreText('pas bien')).toBeLessThan(0);
    expect(scoreText('not bad')).toBeGreaterThan(0);
  });
});
