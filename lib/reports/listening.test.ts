import { describe, expect, it } from 'vitest';
import { listeningKpis } from '@/lib/reports/listening';
import { item, parisDays } from '@/lib/reports/test-data';

const week = parisDays('2026-03-23', '2026-03-29');

describe('listening KPIs', () => {
  it('an empty period counts nothing and names no worst day', () => {
    const kpis = listeningKpis([], week);
    expect(kpis.captured).toBe(0);
    expect(kpis.negativeShare).toBeNull();
    expect(kpis.worstDay).toBeNull();
    expect(kpis.perDay.map((day) => day.total)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(kpis.topTopics).toEqual([]);
  });

  it('counts per network, per local day and per sentiment, with the negative share and the worst day', () => {
    const items = [
      item('2026-03-22T23:59', { sentiment: 'negative' }), // the day before: outside
      item('2026-03-23T09:00', { network: 'linkedin', sentiment: 'positive', tags: ['livraison'] }),
      item('2026-03-24T10:00', { sentiment: 'negative', tags: ['livraison'] }),
      item('2026-03-24T11:00', { sentiment: 'complaint', tags: ['livraison'] }),
      item('2026-03-25T12:00', { network: 'reddit', sentiment: 'complaint' }),
      item('2026-03-26T12:00', { sentiment: undefined }),
      item('2026-03-30T00:00', { sentiment: 'negative' }), // the day after: outside
    ];
    const kpis = listeningKpis(items, week);
    expect(kpis.captured).toBe(5);
    expect(kpis.byNetwork).toEqual({ x: 3, linkedin: 1, reddit: 1 });
    expect(kpis.bySentiment).toMatchObject({ positive: 1, negative: 1, complaint: 2, unknown: 1, neutral: 0 });
    // 3 negative or complaint out of 4 with a known sentiment.
    expect(kpis.negativeShare).toBe(0.75);
    expect(kpis.worstDay).toMatchObject({ day: '2026-03-24', negative: 2, total: 2 });
    expect(kpis.perDay.map((day) => day.total)).toEqual([1, 2, 1, 1, 0, 0, 0]);
    expect(kpis.topTopics[0]).toMatchObject({ topic: 'livraison', kind: 'tag', total: 3 });
  });

  it('puts captures on the right local day across the DST change', () => {
    // 29 March 2026: Paris moves from UTC+1 to UTC+2 at 02:00.
    const items = [item('2026-03-29T00:30'), item('2026-03-29T03:30'), item('2026-03-29T23:30')];
    const kpis = listeningKpis(items, week);
    expect(kpis.perDay.at(-1)).toMatchObject({ day: '2026-03-29', total: 3 });
  });
});
