/**
 * Safety KPIs from the guard's audit events in the period.
 *
 * - **Warnings shown**: `guard-warning` events (a post held before it left).
 * - **Cancelled / switched account / sent anyway**: `guard-decision` events by decision.
 * - **Near misses prevented**: cancelled + switched account: posts that would have left from the
 *   wrong account, or with words that must not go out, and did not.
 * - **By rule**: the same counts per rule that fired (a warning with two rules counts for both).
 */
import type { AuditEvent } from '@/lib/audit/event';
import { inPeriod, type Period } from '@/lib/reports/period';

export interface RuleCounts {
  warnings: number;
  prevented: number;
  sentAnyway: number;
}

export interface SafetyKpis extends RuleCounts {
  cancelled: number;
  switched: number;
  byRule: Record<string, RuleCounts>;
}

const rulesOf = (event: AuditEvent): string[] =>
  Array.isArray(event.data.rules) ? event.data.rules.filter((rule): rule is string => typeof rule === 'string') : [];

export function safetyKpis(events: readonly AuditEvent[], period: Period): SafetyKpis {
  const kpis: SafetyKpis = { warnings: 0, prevented: 0, sentAnyway: 0, cancelled: 0, switched: 0, byRule: {} };
  const rule = (id: string) => {
    kpis.byRule[id] ??= { warnings: 0, prevented: 0, sentAnyway: 0 };
    return kpis.byRule[id];
  };
  for (const event of events) {
    if (!inPeriod(event.at, period)) continue;
    if (event.type === 'guard-warning') {
      kpis.warnings++;
      for (const id of rulesOf(event)) rule(id).warnings++;
    } else if (event.type === 'guard-decision') {
      const decision = event.data.decision;
      if (decision === 'cancel') kpis.cancelled++;
      else if (decision === 'switch-account') kpis.switched++;
      else if (decision === 'send-anyway') kpis.sentAnyway++;
      else continue;
      const prevented = decision !== 'send-anyway';
      if (prevented) kpis.prevented++;
      for (const id of rulesOf(event)) rule(id)[prevented ? 'prevented' : 'sentAnyway']++;
    }
  }
  return kpis;
}
