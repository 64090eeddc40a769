/**
 * One report: a period and the one before it, every KPI of both, the goals' status, and the
 * conversations the user picked. Built by the background for the dashboard and the report page.
 */
import { z } from 'zod';
import type { IsoWeekday } from '@/lib/i18n/week-start';
import type { InboxItem } from '@/lib/inbox/item';
import { networkSchema } from '@/lib/network-schema';
import { accountsIn, filterDataset, type ReportDataset, type ReportFilter } from '@/lib/reports/dataset';
import { evaluateGoal, type GoalResult } from '@/lib/reports/goals';
import { computeKpis, type KpiOptions, type ReportKpis } from '@/lib/reports/kpis';
import {
  elapsedShare,
  type Period,
  type PeriodChoice,
  periodChoiceSchema,
  previousPeriod,
  resolvePeriod,
} from '@/lib/reports/period';
import type { ReportSettings } from '@/lib/reports/settings';

export const reportRequestSchema = z.object({
  choice: periodChoiceSchema,
  filter: z.object({ network: networkSchema.optional(), account: z.string().max(300).optional() }).default({}),
  /** The viewer's zone (days are local days) and first day of the week (it follows the UI language). */
  zone: z.string().min(1).max(100),
  weekStart: z.number().int().min(1).max(7),
});
export type ReportRequest = z.input<typeof reportRequestSchema>;

export interface ReportModel {
  choice: PeriodChoice;
  filter: ReportFilter;
  period: Period;
  previous: Period;
  /** How much of the period has gone by when the report was made, 0..1. */
  elapsed: number;
  generatedAt: number;
  current: ReportKpis;
  before: ReportKpis;
  goals: GoalResult[];
  /** Conversations picked with "Add to report", captured in the period (filters applied). */
  picks: InboxItem[];
  /** Accounts seen in the data, for the account filter. */
  accounts: string[];
  settings: ReportSettings;
}

/** The two periods a request covers: the one asked, and the one before it. */
export function reportPeriods(request: z.output<typeof reportRequestSchema>, now: number) {
  const period = resolvePeriod(request.choice, now, request.zone, request.weekStart as IsoWeekday);
  return { period, previous: previousPeriod(period, request.choice.preset) };
}

/**
 * Builds the report from the data of both periods. Goals are judged over their own scope (their
 * network, else every network), not the dashboard's filter, so a goal reads the same everywhere.
 */
export function buildReport(
  data: ReportDataset,
  request: z.output<typeof reportRequestSchema>,
  context: { now: number; settings: ReportSettings; options: Omit<KpiOptions, 'now' | 'clock'> },
): ReportModel {
  const { now, settings } = context;
  const { period, previous } = reportPeriods(request, now);
  const options: KpiOptions = { ...context.options, now, clock: settings.responseClock };
  const filtered = filterDataset(data, request.filter);
  const elapsed = elapsedShare(period, now);
  const goals = settings.goals.map((goal) =>
    evaluateGoal(goal, computeKpis(filterDataset(data, { network: goal.network }), period, options), elapsed),
  );
  return {
    choice: request.choice,
    filter: request.filter,
    period,
    previous,
    elapsed,
    generatedAt: now,
    current: computeKpis(filtered, period, options),
    before: computeKpis(filtered, previous, options),
    goals,
    picks: filtered.items
      .filter((item) => item.inReport && item.capturedAt >= period.from && item.capturedAt < period.to)
      .sort((a, b) => a.capturedAt - b.capturedAt),
    accounts: accountsIn(data),
    settings,
  };
}
