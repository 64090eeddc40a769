import { describe, expect, it } from 'vitest';
import { buildEntry } from '@/lib/calendar/entry';
import { filterIdeas, ideaEntry, ideaTitle, nextPlanSlot, planFromIdea } from '@/lib/calendar/idea';
import { ideaSourceSchema } from '@/lib/calendar/idea-source';

const NOW = Date.UTC(2026, 11, 7, 9, 30);
const source = (input: Parameters<typeof ideaSourceSchema.parse>[0]) => ideaSourceSchema.parse(input);

describe('content ideas', () => {
  it('titles an idea from the quote, else the page title, else the address', () => {
    expect(ideaTitle(source({ url: 'https://x.com/a/status/1', quote: '  Un   fil sur la logistique  ' }))).toBe(
      'Un fil sur la logistique',
    );
    expect(
      ideaTitle(
        source({ url: 'https://x.com/a', quote: 'un deux trois quatre cinq six sept huit neuf dix onze douze treize' }),
      ),
    ).toBe('un deux trois quatre cinq six sept huit neuf dix onze douze…');
    expect(ideaTitle(source({ url: 'https://blog.example/2026/tendances', pageTitle: 'Tendances 2027' }))).toBe(
      'Tendances 2027',
    );
    expect(ideaTitle(source({ url: 'https://blog.example/2026/tendances' }))).toBe('blog.example/2026/tendances');
  });

  it('refuses a source link that is not a web address', () => {
    expect(ideaSourceSchema.safeParse({ url: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('makes an idea entry on the source’s network, dated when saved, and plans it as a post keeping the source', () => {
    const from = source({ url: 'https://x.com/marie/status/1', quote: 'Bravo', author: 'Marie', network: 'x' });
    const idea = buildEntry(ideaEntry(from, NOW, 'Europe/Paris'), NOW, () => 'idea-1');
    expect(idea).toMatchObject({
      id: 'idea-1',
      status: 'idea',
      networks: ['x'],
      localDateTime: '2026-12-07T10:30',
      title: 'Bravo',
      source: from,
    });
    const planned = buildEntry(
      { ...planFromIdea(idea, '2026-12-08T21:00'), status: 'scheduled', variants: { x: { text: 'Merci Marie !' } } },
      NOW + 1,
      () => 'other',
      idea,
    );
    expect(planned).toMatchObject({ id: 'idea-1', status: 'scheduled', source: from, createdAt: NOW });
    expect(planned.variants.x?.text).toBe('Merci Marie !');
  });

  it('filters ideas by network and searches their title, quote, author and link, newest first', () => {
    const make = (id: string, at: number, input: Parameters<typeof ideaSourceSchema.parse>[0]) =>
      buildEntry(ideaEntry(source(input), at, 'UTC'), at, () => id);
    const ideas = [
      make('a', NOW, {
        url: 'https://x.com/a/status/1',
        quote: 'Livraison express à Lyon',
        author: 'Léa',
        network: 'x',
      }),
      make('b', NOW + 1000, {
        url: 'https://www.linkedin.com/feed/update/1',
        quote: 'Recrutement',
        network: 'linkedin',
      }),
      make('c', NOW + 2000, { url: 'https://blog.example/etude', pageTitle: 'Étude livraison 2026' }),
    ];
    expect(filterIdeas(ideas, '', '').map((idea) => idea.id)).toEqual(['c', 'b', 'a']);
    expect(filterIdeas(ideas, 'LIVRAISON', '').map((idea) => idea.id)).toEqual(['c', 'a']);
    expect(filterIdeas(ideas, 'lea lyon', 'x').map((idea) => idea.id)).toEqual(['a']);
    expect(filterIdeas(ideas, '', 'linkedin').map((idea) => idea.id)).toEqual(['b']);
  });

  it('plans an idea at the next opening of the posting window: today while ahead, else tomorrow', () => {
    const paris = 'Europe/Paris';
    // 2026-12-07 20:30 in Paris (19:30 UTC): 21:00 is still ahead.
    expect(nextPlanSlot('21:00', paris, Date.UTC(2026, 11, 7, 19, 30))).toBe('2026-12-07T21:00');
    // 22:30 in Paris: tomorrow's 21:00, not a slot already past.
    expect(nextPlanSlot('21:00', paris, Date.UTC(2026, 11, 7, 21, 30))).toBe('2026-12-08T21:00');
    // At 21:00 exactly it is no longer ahead; the last day of the year rolls into the next.
    expect(nextPlanSlot('21:00', paris, Date.UTC(2026, 11, 31, 20, 0))).toBe('2027-01-01T21:00');
    expect(nextPlanSlot('24:00', 'UTC', Date.UTC(2026, 11, 7, 10, 0))).toBe('2026-12-07T23:59');
  });
});
