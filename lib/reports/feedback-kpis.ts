/**
 * Feedback KPI: **items forwarded** to the other departments, from the `forward` events of the
 * period (one per "Forward to a department" the user made), in all and per department name.
 */
import type { AuditEvent } from '@/lib/audit/event';
import { inPeriod, type Period } from '@/lib/reports/period';
import { bump } from '@/lib/reports/stats';

export interface FeedbackKpis {
  forwarded: number;
  byDepartment: Record<string, number>;
}

export function feedbackKpis(events: readonly AuditEvent[], period: Period): FeedbackKpis {
  const byDepartment: Record<string, number> = {};
  let forwarded = 0;
  for (const event of events) {
    if (event.type !== 'forward' || !inPeriod(event.at, period)) continue;
    forwarded++;
    bump(byDepartment, typeof event.data.department === 'string' ? event.data.department : '?');
  }
  return { forwarded, byDepartment };
}
