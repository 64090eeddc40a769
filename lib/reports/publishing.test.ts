import { describe, expect, it } from 'vitest';
import { publishingKpis } from '@/lib/reports/publishing';
import { entry, paris, parisDays } from '@/lib/reports/test-data';

const week = parisDays('2026-03-23', '2026-03-29');
const evenings = { x: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '21:00', end: '23:00' }] };

describe('publishing KPIs', () => {
  it('an empty period has no rates', () => {
    const kpis = publishingKpis([], week, evenings);
    expect(kpis).toMatchObject({ planned: 0, published: 0, missed: 0, onTimeRate: null, bestSlotShare: null });
    expect(kpis.perDay).toHaveLength(7);
  });

  it('counts one post per network: planned, published, missed, on time, in a best slot', () => {
    const posts = [
      // Both networks published: X on time in the evening window, LinkedIn 2 hours late.
      entry('2026-03-24T21:00', ['x', 'linkedin'], {
        status: 'published',
        publishedOn: { x: paris('2026-03-24T21:10'), linkedin: paris('2026-03-24T23:00') },
      }),
      entry('2026-03-25T10:00', ['x'], { status: 'missed' }),
      // X published at 10:00, outside the evening window; LinkedIn still pending, not missed.
      entry('2026-03-29T10:00', ['x', 'linkedin'], { publishedOn: { x: paris('2026-03-29T10:00') } }),
      entry('2026-03-26T10:00', ['x'], { status: 'draft' }), // a draft is not a plan
      entry('2026-03-30T10:00', ['x'], { status: 'scheduled' }), // next week
    ];
    const kpis = publishingKpis(posts, week, evenings);
    expect(kpis).toMatchObject({ planned: 5, published: 3, missed: 1, onTime: 2, inBestSlot: 1 });
    expect(kpis.onTimeRate).toBeCloseTo(2 / 3);
    expect(kpis.bestSlotShare).toBeCloseTo(1 / 3);
    expect(kpis.perNetwork.x).toEqual({ planned: 3, published: 2, missed: 1, perWeek: 2 });
    expect(kpis.perNetwork.linkedin).toEqual({ planned: 2, published: 1, missed: 0, perWeek: 1 });
    expect(kpis.perDay.find((day) => day.day === '2026-03-24')).toEqual({
      day: '2026-03-24',
      planned: 2,
      published: 2,
    });
  });

  it('reads best slots in the entry’s zone on the day the clocks change', () => {
    // 21:30 Paris on 29 March is 19:30 UTC (summer time from 02:00 that day).
    const post = entry('2026-03-29T21:30', ['x'], {
      status: 'published',
      publishedOn: { x: paris('2026-03-29T21:30') },
    });
    expect(publishingKpis([post], week, evenings).inBestSlot).toBe(1);
  });

  it('posts per week scale with the period', () => {
    const month = parisDays('2026-03-01', '2026-03-28');
    const posts = [1, 2, 3, 4, 5, 6, 7, 8].map((day) =>
      entry(`2026-03-${String(day).padStart(2, '0')}T09:00`, ['linkedin'], {
        status: 'published',
        publishedOn: { linkedin: paris(`2026-03-${String(day).padStart(2, '0')}T09:00`) },
      }),
    );
    expect(publishingKpis(posts, month, {}).perNetwork.linkedin?.perWeek).toBe(2);
  });
});
