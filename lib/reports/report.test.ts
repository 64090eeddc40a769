import { describe, expect, it } from 'vitest';
import { filterDataset } from '@/lib/reports/dataset';
import { evaluateGoal } from '@/lib/reports/goals';
import { computeKpis, type KpiOptions } from '@/lib/reports/kpis';
import { compareMetric } from '@/lib/reports/metrics';
import { buildReport } from '@/lib/reports/report';
import { DEFAULT_REPORT_SETTINGS, type Goal } from '@/lib/reports/settings';
import { entry, event, HOUR, item, paris, parisDays, ZONE } from '@/lib/reports/test-data';

const week = parisDays('2026-03-23', '2026-03-29');
const options: KpiOptions = {
  clock: '24h',
  hoursFor: () => undefined,
  now: paris('2026-04-02T12:00'),
  bestWindows: {},
  secondsPerTemplateUse: 60,
  templateNames: new Map(),
};
const empty = { items: [], posts: [], events: [] };

describe('a period with only deletions', () => {
  it('events whose items and entries were deleted since count no mention, answer or publication', () => {
    // The log keeps what happened; the items and entries it points to are gone.
    const events = [
      event('capture', '2026-03-24T10:00', { itemId: 'gone-1' }),
      event('reply', '2026-03-24T11:00', { itemId: 'gone-1', responseMs: HOUR }),
      event('publish', '2026-03-25T21:00', { entryId: 'gone-entry' }),
    ];
    const kpis = computeKpis({ items: [], posts: [], events }, week, options);
    expect(kpis.listening).toMatchObject({ captured: 0, negativeShare: null, worstDay: null });
    expect(kpis.responsiveness).toMatchObject({ needingAnswer: 0, answeredShare: null, medianMs: null });
    expect(kpis.publishing).toMatchObject({ planned: 0, published: 0, onTimeRate: null });
    expect(kpis.safety.warnings).toBe(0);
    expect(kpis.productivity.templateUses).toBe(0);
  });
});

describe('goals', () => {
  const answered = (capturedLocal: string, hours: number) =>
    item(capturedLocal, { answeredAt: paris(capturedLocal) + hours * HOUR, status: 'answered' });
  const data = {
    items: [
      answered('2026-03-23T10:00', 1),
      answered('2026-03-24T10:00', 1.5),
      answered('2026-03-25T10:00', 5),
      item('2026-03-26T10:00', { sentiment: 'negative' }),
    ],
    posts: [1, 2, 3].map((day) =>
      entry(`2026-03-2${3 + day}T09:00`, ['linkedin'], {
        status: 'published',
        publishedOn: { linkedin: paris(`2026-03-2${3 + day}T09:00`) },
      }),
    ),
    events: [],
  };
  const kpis = computeKpis(data, week, options);
  const goal = (metric: Goal['metric'], target: number, extra: Partial<Goal> = {}): Goal => ({
    id: metric,
    metric,
    target,
    ...extra,
  });

  it('"answer 90 % within 2 h" is not met with 2 of 4 answered within 2 h', () => {
    const result = evaluateGoal(goal('answeredWithin', 90, { withinHours: 2 }), kpis, 1);
    expect(result).toMatchObject({ value: 50, status: 'not-met' });
    expect(evaluateGoal(goal('answeredWithin', 50, { withinHours: 2 }), kpis, 1).status).toBe('met');
  });

  it('"negative share under 15 %" reads the share in percent', () => {
    expect(evaluateGoal(goal('negativeShare', 15), kpis, 1)).toMatchObject({ value: 25, status: 'not-met' });
    expect(evaluateGoal(goal('negativeShare', 30), kpis, 1).status).toBe('met');
  });

  it('"5 LinkedIn posts a week": on track when the pace so far would reach it', () => {
    const linkedin = goal('postsPerWeek', 5, { network: 'linkedin' });
    expect(evaluateGoal(linkedin, kpis, 1)).toMatchObject({ value: 3, status: 'not-met' });
    // Half the week gone with 3 posts: 6 at this pace.
    expect(evaluateGoal(linkedin, kpis, 0.5).status).toBe('on-track');
    expect(evaluateGoal(linkedin, kpis, 0.9).status).toBe('not-met');
    expect(evaluateGoal(goal('postsPerWeek', 3, { network: 'linkedin' }), kpis, 0.5).status).toBe('met');
  });

  it('a level that meets its target while the period runs is on track; no data is said', () => {
    expect(evaluateGoal(goal('medianResponse', 2), kpis, 0.5)).toMatchObject({ value: 1.5, status: 'on-track' });
    expect(evaluateGoal(goal('medianResponse', 1), kpis, 0.5).status).toBe('not-met');
    expect(evaluateGoal(goal('onTimeRate', 90), computeKpis(empty, week, options), 1).status).toBe('no-data');
  });
});

describe('the report', () => {
  it('compares with the previous period and judges goals over their own network', () => {
    const data = {
      items: [
        item('2026-03-17T10:00'),
        item('2026-03-24T10:00'),
        item('2026-03-25T10:00', { network: 'linkedin' }),
        item('2026-03-26T10:00', { network: 'linkedin', inReport: true }),
      ],
      posts: [],
      events: [],
    };
    const report = buildReport(
      data,
      {
        choice: { preset: 'last-7' },
        filter: { network: 'linkedin' },
        zone: ZONE,
        weekStart: 1,
      },
      {
        now: paris('2026-03-29T12:00'),
        settings: { ...DEFAULT_REPORT_SETTINGS, goals: [{ id: 'g', metric: 'mentions', target: 3 }] },
        options,
      },
    );
    expect([report.period.first, report.previous.first]).toEqual(['2026-03-23', '2026-03-16']);
    expect(report.current.listening.captured).toBe(2);
    expect(report.before.listening.captured).toBe(0);
    expect(compareMetric('mentions', report.current, report.before)).toMatchObject({ change: 2, trend: 'better' });
    // The goal counts every network: 3 mentions this week.
    expect(report.goals[0]).toMatchObject({ value: 3, status: 'met' });
    expect(report.picks.map((pick) => pick.network)).toEqual(['linkedin']);
  });

  it('filters by account: items captured as it, posts planned from it', () => {
    const data = {
      items: [item('2026-03-24T10:00', { capturedAs: '@Acme' }), item('2026-03-24T11:00', { capturedAs: 'other' })],
      posts: [entry('2026-03-24T10:00', ['x', 'linkedin'], { variants: { x: { account: 'acme' } } })],
      events: [event('guard-warning', '2026-03-24T10:00', { expectedHandle: 'acme' })],
    };
    const filtered = filterDataset(data, { account: 'acme' });
    expect(filtered.items).toHaveLength(1);
    expect(filtered.posts[0]?.networks).toEqual(['x']);
    expect(filtered.events).toHaveLength(1);
  });
});

describe('the CSV bundle', () => {
  it('writes one file per family with the measures now and before, then the detail', async () => {
    const { reportCsvFiles } = await import('@/lib/reports/csv');
    const data = {
      items: [
        item('2026-03-24T10:00', { answeredAt: paris('2026-03-24T11:30'), status: 'answered', sentiment: 'negative' }),
        item('2026-03-17T10:00'),
      ],
      posts: [],
      events: [event('guard-warning', '2026-03-24T10:00', { rules: ['keywords'] })],
    };
    const report = buildReport(
      data,
      { choice: { preset: 'last-7' }, filter: {}, zone: ZONE, weekStart: 7 },
      { now: paris('2026-03-29T12:00'), settings: DEFAULT_REPORT_SETTINGS, options },
    );
    const files = reportCsvFiles(report, (metric) => `label:${metric}`);
    expect(files.map((file) => file.name)).toEqual([
      'listening-2026-03-23_2026-03-29.csv',
      'responsiveness-2026-03-23_2026-03-29.csv',
      'publishing-2026-03-23_2026-03-29.csv',
      'safety-2026-03-23_2026-03-29.csv',
      'productivity-2026-03-23_2026-03-29.csv',
      'feedback-2026-03-23_2026-03-29.csv',
      'growth-2026-03-23_2026-03-29.csv',
    ]);
    const responsiveness = files[1]?.csv ?? '';
    expect(responsiveness.startsWith('\uFEFF"metric","label","unit","current","previous","change"\r\n')).toBe(true);
    expect(responsiveness).toContain('"medianResponse","label:medianResponse","minutes","90","",""');
    expect(responsiveness).toContain('"answeredShare","label:answeredShare","percent","100","0","100"');
    expect(files[0]?.csv).toContain('"negativeShare","label:negativeShare","percent","100","0","100"');
    expect(files[3]?.csv).toContain('"keywords","1","0","0"');
  });
});
