import { describe, expect, it } from 'vitest';
import { feedbackKpis } from '@/lib/reports/feedback-kpis';
import { event, parisDays } from '@/lib/reports/test-data';

const week = parisDays('2026-03-23', '2026-03-29');

describe('feedback KPI', () => {
  it('counts forwards per department', () => {
    const events = [
      event('forward', '2026-03-23T10:00', { department: 'Logistics' }),
      event('forward', '2026-03-24T10:00', { department: 'Logistics' }),
      event('forward', '2026-03-24T10:00', { department: 'Sales' }),
    ];
    expect(feedbackKpis(events, week)).toEqual({ forwarded: 3, byDepartment: { Logistics: 2, Sales: 1 } });
  });
});
