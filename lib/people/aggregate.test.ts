import { describe, expect, it } from 'vitest';
import { makeItem } from '@/lib/inbox/test-items';
import { aggregatePeople, filterPeople, highlightedRefs, itemsOfPerson } from '@/lib/people/aggregate';
import type { PersonRecord } from '@/lib/people/person';
import { linkPeople, patchPerson, unlinkHandle } from '@/lib/people/records';

const T = 1_800_000_000_000;
const item = (index: number, overrides: Parameters<typeof makeItem>[1]) =>
  makeItem(index, { capturedAt: T + index * 60_000, status: 'new', sentiment: 'neutral', ...overrides });

const ITEMS = [
  item(1, {
    network: 'x',
    authorHandle: '@Marie',
    authorName: 'Marie D.',
    sentiment: 'negative',
    authorUrl: 'https://x.com/Marie',
  }),
  item(2, {
    network: 'x',
    authorHandle: 'marie',
    authorName: 'Marie Dupont',
    sentiment: 'positive',
    status: 'answered',
  }),
  item(3, { network: 'linkedin', authorHandle: 'marie-dupont', authorName: 'Marie Dupont', status: 'archived' }),
  item(4, { network: 'x', authorHandle: '@bob', authorName: 'Bob', sentiment: 'question' }),
  item(5, { network: 'x', authorHandle: '', authorName: 'No Handle' }),
];

describe('aggregatePeople', () => {
  it('groups captures per network handle, whatever the case or @', () => {
    const people = aggregatePeople(ITEMS, []);
    const marie = people.find((person) => person.id === 'x:marie');
    expect(marie).toMatchObject({
      name: 'Marie Dupont',
      captures: 2,
      firstSeen: T + 60_000,
      lastSeen: T + 120_000,
      answered: 1,
      answeredShare: 0.5,
      recordId: null,
      tags: [],
    });
    expect(marie?.handles).toEqual([{ network: 'x', handle: 'marie', url: 'https://x.com/Marie' }]);
    expect(marie?.sentimentHistory).toEqual([
      { at: T + 60_000, sentiment: 'negative' },
      { at: T + 120_000, sentiment: 'positive' },
    ]);
    expect(marie?.sentimentCounts).toEqual({ negative: 1, positive: 1 });
    // The LinkedIn handle is another person until the user links them.
    expect(people.map((person) => person.id).sort()).toEqual(
      ['linkedin:marie-dupont', 'x:bob', 'x:marie', 'x:no handle'].sort(),
    );
  });

  it('merges linked handles across networks into one person with the record’s tags and notes', () => {
    const records = linkPeople(
      [],
      [{ network: 'x', handle: 'marie' }],
      [{ network: 'linkedin', handle: 'marie-dupont' }],
      T,
      () => 'p1',
    );
    const tagged = patchPerson(
      records,
      [{ network: 'x', handle: '@MARIE' }],
      { tags: ['journalist'], notes: 'Le Monde' },
      T,
      () => 'p2',
    );
    expect(tagged).toHaveLength(1);
    const people = aggregatePeople(ITEMS, tagged);
    const marie = people[0];
    expect(marie).toMatchObject({ id: 'p1', captures: 3, tags: ['journalist'], notes: 'Le Monde', highlighted: true });
    // Archived captures leave the answered share: 1 answered of 2 that asked for an answer.
    expect(marie?.answeredShare).toBe(0.5);
    expect(marie?.handles.map((each) => each.network).sort()).toEqual(['linkedin', 'x']);
    expect(itemsOfPerson(ITEMS, marie ?? { handles: [] }).map((each) => each.id)).toEqual([
      ITEMS[2]?.id,
      ITEMS[1]?.id,
      ITEMS[0]?.id,
    ]);
    expect([...highlightedRefs(tagged)].sort()).toEqual(['linkedin:marie-dupont', 'x:marie']);
  });

  it('ranks highlighted people first, then the most recently seen', () => {
    const records = patchPerson([], [{ network: 'x', handle: 'marie' }], { tags: ['vip'] }, T, () => 'p1');
    expect(aggregatePeople(ITEMS, records).map((person) => person.id)).toEqual([
      'p1',
      'x:no handle',
      'x:bob',
      'linkedin:marie-dupont',
    ]);
  });

  it('keeps a tagged person nobody captured yet', () => {
    const records = patchPerson(
      [],
      [{ network: 'bluesky', handle: 'press.bsky.social' }],
      { tags: ['partner'] },
      T,
      () => 'p9',
    );
    const person = aggregatePeople([], records)[0];
    expect(person).toMatchObject({ id: 'p9', captures: 0, firstSeen: null, answeredShare: null, highlighted: true });
  });

  it('filters by tag and by words of the name, handles and notes', () => {
    const records = patchPerson(
      [],
      [{ network: 'x', handle: 'bob' }],
      { tags: ['customer'], notes: 'commande 42' },
      T,
      () => 'p1',
    );
    const people = aggregatePeople(ITEMS, records);
    expect(filterPeople(people, '', 'customer').map((person) => person.id)).toEqual(['p1']);
    expect(filterPeople(people, 'COMMANDE', '').map((person) => person.id)).toEqual(['p1']);
    expect(filterPeople(people, 'marie-dupont', '').map((person) => person.id)).toEqual(['linkedin:marie-dupont']);
  });
});

describe('person records', () => {
  const base: PersonRecord[] = patchPerson([], [{ network: 'x', handle: 'marie' }], { tags: ['vip'] }, T, () => 'p1');

  it('removes a record once nothing is set on it any more', () => {
    expect(patchPerson(base, [{ network: 'x', handle: 'Marie' }], { tags: [] }, T, () => 'p2')).toEqual([]);
  });

  it('links two records into the first, keeping both sides’ tags and notes', () => {
    const two = patchPerson(
      base,
      [{ network: 'linkedin', handle: 'marie-dupont' }],
      { tags: ['customer'], notes: 'B' },
      T,
      () => 'p2',
    );
    const linked = linkPeople(
      two,
      [{ network: 'x', handle: 'marie' }],
      [{ network: 'linkedin', handle: 'marie-dupont' }],
      T + 1,
      () => 'p3',
    );
    expect(linked).toEqual([
      {
        id: 'p1',
        handles: [
          { network: 'x', handle: 'marie' },
          { network: 'linkedin', handle: 'marie-dupont' },
        ],
        name: '',
        tags: ['vip', 'customer'],
        notes: 'B',
        updatedAt: T + 1,
      },
    ]);
    expect(unlinkHandle(linked, { network: 'linkedin', handle: 'Marie-Dupont' }, T + 2)).toEqual([
      { ...linked[0], handles: [{ network: 'x', handle: 'marie' }], updatedAt: T + 2 },
    ]);
  });
});

describe('the marks content scripts read', () => {
  it('maps each highlighted person’s handles to their first highlight tag, skipping what is malformed', async () => {
    const { parseHighlightMarks } = await import('@/lib/people/marks');
    const records = patchPerson(
      [],
      [{ network: 'x', handle: '@Marie' }],
      { tags: ['customer', 'journalist'] },
      T,
      () => 'p1',
    );
    const marks = parseHighlightMarks([
      ...records,
      { tags: ['vip'], handles: [{ network: 'nowhere', handle: 'a' }] },
      42,
    ]);
    expect([...marks]).toEqual([['x:marie', 'journalist']]);
    expect(parseHighlightMarks(undefined).size).toBe(0);
  });
});
