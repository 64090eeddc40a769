import { describe, expect, it } from 'vitest';
import { applyQuery, isUnfiltered, itemMatcher, OPEN_STATUSES } from '@/lib/inbox/query';
import { makeItem } from '@/lib/inbox/test-items';
import { foldText } from '@/lib/text/fold';

const items = [
  makeItem(1, { network: 'x', status: 'new', text: 'Réponse attendue', authorName: 'Zoé', capturedAt: 300 }),
  makeItem(2, { network: 'linkedin', status: 'archived', tags: ['livraison'], capturedAt: 100, assignee: 'Léa' }),
  makeItem(3, { network: 'x', status: 'answered', sentiment: 'complaint', authorName: 'adam', capturedAt: 200 }),
  makeItem(4, { network: 'reddit', status: 'to-answer', notes: 'rappeler demain', capturedAt: 400 }),
];
const ids = (list: { id: string }[]) => list.map((item) => item.id.slice(-1));

describe('inbox query', () => {
  it('sorts newest first by default, and by oldest, author, network, status', () => {
    expect(ids(applyQuery(items, {}))).toEqual(['4', '1', '3', '2']);
    expect(ids(applyQuery(items, { sort: 'oldest' }))).toEqual(['2', '3', '1', '4']);
    expect(ids(applyQuery(items, { sort: 'author' }))).toEqual(['3', '2', '4', '1']);
    expect(ids(applyQuery(items, { sort: 'network' }))).toEqual(['2', '4', '1', '3']);
    expect(ids(applyQuery(items, { sort: 'status' }))).toEqual(['1', '4', '3', '2']);
  });

  it('filters the crisis items: negative or with a tracked keyword, since the crisis window began', () => {
    const more = [
      ...items,
      makeItem(5, { text: 'The #AcmeRecall is a joke', sentiment: 'neutral', capturedAt: 500 }),
      makeItem(6, { text: 'awful', sentiment: 'negative', capturedAt: 150 }),
    ];
    expect(ids(applyQuery(more, { crisis: { from: 200, keywords: ['#acmerecall'] } }))).toEqual(['5', '3']);
    expect(ids(applyQuery(more, { crisis: { from: 0, keywords: [] } }))).toEqual(['3', '6']);
    expect(isUnfiltered({ crisis: { from: 0, keywords: [] } })).toBe(false);
  });

  it('filters by network, statuses, tag, sentiment, assignee and date range', () => {
    expect(ids(applyQuery(items, { network: 'x' }))).toEqual(['1', '3']);
    expect(ids(applyQuery(items, { statuses: [...OPEN_STATUSES] }))).toEqual(['4', '1', '3']);
    expect(ids(applyQuery(items, { tag: 'livraison' }))).toEqual(['2']);
    expect(ids(applyQuery(items, { sentiment: 'complaint' }))).toEqual(['3']);
    expect(ids(applyQuery(items, { assignee: 'Léa' }))).toEqual(['2']);
    expect(ids(applyQuery(items, { assignee: '' }))).toEqual(['4', '1', '3']);
    expect(ids(applyQuery(items, { from: 200, to: 400 }))).toEqual(['1', '3']);
    expect(ids(applyQuery(items, { network: 'x', statuses: ['new'] }))).toEqual(['1']);
  });

  it('searches text, author, notes and tags without case or accents, every word required', () => {
    expect(ids(applyQuery(items, { search: 'reponse' }))).toEqual(['1']);
    expect(ids(applyQuery(items, { search: 'ZOE réponse' }))).toEqual(['1']);
    expect(ids(applyQuery(items, { search: 'RAPPELER' }))).toEqual(['4']);
    expect(ids(applyQuery(items, { search: 'livraison' }))).toEqual(['3', '2']);
    expect(ids(applyQuery(items, { search: 'zoé absent' }))).toEqual([]);
  });

  it('knows an unfiltered query and folds text', () => {
    expect(isUnfiltered({ sort: 'oldest', search: '  ' })).toBe(true);
    expect(isUnfiltered({ assignee: '' })).toBe(false);
    expect(foldText('ÉTÉ Çà')).toBe('ete ca');
    expect(itemMatcher({ statuses: [] })(items[1] ?? makeItem(0))).toBe(true);
  });
});
