import { describe, expect, it } from 'vitest';
import { buildOpinionMap, topicTerms } from '@/lib/inbox/opinion-map';
import { makeItem } from '@/lib/inbox/test-items';

const items = [
  makeItem(1, {
    text: 'La livraison est toujours pas arrivée',
    sentiment: 'complaint',
    tags: ['colis'],
    capturedAt: 10,
  }),
  makeItem(2, { text: 'Livraison rapide, merci !', sentiment: 'positive', tags: [], capturedAt: 20 }),
  makeItem(3, {
    text: 'The delivery was late, livraison ratée',
    sentiment: 'negative',
    tags: ['colis'],
    capturedAt: 30,
  }),
  makeItem(4, { text: 'Nouvelle collection magnifique', sentiment: 'positive', tags: [], capturedAt: 40 }),
  makeItem(5, { text: 'Livraison en Belgique ?', tags: [], capturedAt: 99 }),
];

describe('opinion map', () => {
  it('keeps meaningful words only (fr + en stop words, links, numbers)', () => {
    expect([...topicTerms('The delivery of my 2 boxes https://t.co/x est arrivée')]).toEqual([
      'delivery',
      'boxes',
      'arrivee',
    ]);
  });

  it('groups the period by tag and frequent term, counted per sentiment', () => {
    const map = buildOpinionMap(items, { from: 0, to: 50 });
    expect(map.total).toBe(4);
    expect(map.counts).toMatchObject({ positive: 2, negative: 1, complaint: 1, unknown: 0 });
    expect(map.topics[0]).toMatchObject({ topic: 'livraison', kind: 'term', total: 3 });
    expect(map.topics[0]?.counts).toMatchObject({ complaint: 1, positive: 1, negative: 1 });
    expect(map.topics.find((topic) => topic.topic === 'colis')).toMatchObject({ kind: 'tag', total: 2 });
    // A word seen once is not a topic.
    expect(map.topics.some((topic) => topic.topic === 'magnifique')).toBe(false);
  });

  it('counts items without a sentiment as unknown', () => {
    expect(buildOpinionMap(items).counts.unknown).toBe(1);
  });
});
