/**
 * Goal status for a period. A goal compares one metric with a target in the unit people type
 * ("answer 90 % within 2 h": answeredWithin ≥ 90 with withinHours 2; "5 LinkedIn posts a week":
 * postsPerWeek ≥ 5 on LinkedIn; "negative share under 15 %": negativeShare ≤ 15). The direction
 * comes from the metric (more is better, or less is better).
 *
 * - Period over: **met** or **not met**.
 * - Period running, a total (counts grow until the end): **met** once an "at least" target is
 *   reached; **on track** when the value so far, projected to the whole period, meets it;
 *   otherwise **not met** (yet). An "at most" total is **not met** as soon as it is exceeded.
 * - Period running, a level (a rate or a duration): **on track** while it meets the target,
 *   **not met** otherwise.
 * - No value (nothing to measure, e.g. no mention captured): **no data**.
 */
import type { ReportKpis } from '@/lib/reports/kpis';
import { METRICS, type MetricSpec, toGoalUnit } from '@/lib/reports/metrics';
import type { Goal } from '@/lib/reports/settings';

export type GoalStatus = 'met' | 'not-met' | 'on-track' | 'no-data';

export interface GoalResult {
  goal: Goal;
  /** The value in the goal's unit, or null. */
  value: number | null;
  status: GoalStatus;
}

/**
 * @param kpis the period's KPIs over the goal's scope (its network, if any)
 * @param elapsed how much of the period has gone by, 0..1 (see elapsedShare)
 */
export function evaluateGoal(goal: Goal, kpis: ReportKpis, elapsed: number): GoalResult {
  const spec: MetricSpec = METRICS[goal.metric];
  const raw = spec.read(kpis, { network: goal.network, withinHours: goal.withinHours });
  if (raw === null) return { goal, value: null, status: 'no-data' };
  const value = toGoalUnit(goal.metric, raw);
  const meets = (candidate: number) => (spec.better === 'up' ? candidate >= goal.target : candidate <= goal.target);
  const over = elapsed >= 1;
  if (over) return { goal, value, status: meets(value) ? 'met' : 'not-met' };
  if (spec.kind === 'level') return { goal, value, status: meets(value) ? 'on-track' : 'not-met' };
  if (spec.better === 'down') return { goal, value, status: meets(value) ? 'on-track' : 'not-met' };
  if (meets(value)) return { goal, value, status: 'met' };
  const projected = elapsed > 0 ? value / elapsed : 0;
  return { goal, value, status: meets(projected) ? 'on-track' : 'not-met' };
}
