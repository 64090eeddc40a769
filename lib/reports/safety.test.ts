import { describe, expect, it } from 'vitest';
import { safetyKpis } from '@/lib/reports/safety';
import { event, parisDays } from '@/lib/reports/test-data';

const week = parisDays('2026-03-23', '2026-03-29');

describe('safety KPIs', () => {
  it('counts warnings, decisions and near misses prevented, by rule', () => {
    const events = [
      event('guard-warning', '2026-03-23T10:00', { rules: ['expected-account'] }),
      event('guard-decision', '2026-03-23T10:01', { rules: ['expected-account'], decision: 'cancel' }),
      event('guard-warning', '2026-03-24T10:00', { rules: ['keywords', 'outside-hours'] }),
      event('guard-decision', '2026-03-24T10:01', { rules: ['keywords', 'outside-hours'], decision: 'send-anyway' }),
      event('guard-warning', '2026-03-25T10:00', { rules: ['unregistered'] }),
      event('guard-decision', '2026-03-25T10:01', { rules: ['unregistered'], decision: 'switch-account' }),
      event('guard-warning', '2026-03-30T10:00', { rules: ['keywords'] }), // next week
      event('template-use', '2026-03-25T10:00', { templateId: 't1' }),
    ];
    const kpis = safetyKpis(events, week);
    expect(kpis).toMatchObject({ warnings: 3, cancelled: 1, switched: 1, sentAnyway: 1, prevented: 2 });
    expect(kpis.byRule).toEqual({
      'expected-account': { warnings: 1, prevented: 1, sentAnyway: 0 },
      keywords: { warnings: 1, prevented: 0, sentAnyway: 1 },
      'outside-hours': { warnings: 1, prevented: 0, sentAnyway: 1 },
      unregistered: { warnings: 1, prevented: 1, sentAnyway: 0 },
    });
    expect(safetyKpis([], week)).toMatchObject({ warnings: 0, prevented: 0, byRule: {} });
  });
});
