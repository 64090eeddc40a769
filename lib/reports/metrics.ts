/**
 * The report's headline numbers: each reads one value from the KPIs, says its unit and which way
 * is better. The dashboard's tiles, the goals and the CSV bundle all go through this one list.
 */
import type { Network } from '@/lib/networks';
import type { ReportKpis } from '@/lib/reports/kpis';
import { answeredWithinShare } from '@/lib/reports/responsiveness';

export type MetricUnit = 'count' | 'percent' | 'duration' | 'perWeek';
export type MetricFamily =
  | 'listening'
  | 'responsiveness'
  | 'publishing'
  | 'safety'
  | 'productivity'
  | 'feedback'
  | 'growth';

/** Extra parameters a goal can give a metric. */
export interface MetricParams {
  network?: Network;
  /** For `answeredWithin`: the time limit in hours. */
  withinHours?: number;
}

export interface MetricSpec {
  family: MetricFamily;
  unit: MetricUnit;
  /** Which way is good news. */
  better: 'up' | 'down';
  /**
   * `total`: grows while the period runs (a count), so a goal is judged on its projection;
   * `level`: a rate or a duration, judged on its value so far.
   */
  kind: 'total' | 'level';
  read: (kpis: ReportKpis, params: MetricParams) => number | null;
}

export const METRICS = {
  mentions: { family: 'listening', unit: 'count', better: 'up', kind: 'total', read: (k) => k.listening.captured },
  negativeShare: {
    family: 'listening',
    unit: 'percent',
    better: 'down',
    kind: 'level',
    read: (k) => k.listening.negativeShare,
  },
  answeredShare: {
    family: 'responsiveness',
    unit: 'percent',
    better: 'up',
    kind: 'level',
    read: (k) => k.responsiveness.answeredShare,
  },
  answeredWithin: {
    family: 'responsiveness',
    unit: 'percent',
    better: 'up',
    kind: 'level',
    read: (k, params) => answeredWithinShare(k.responsiveness, (params.withinHours ?? 24) * 3_600_000),
  },
  medianResponse: {
    family: 'responsiveness',
    unit: 'duration',
    better: 'down',
    kind: 'level',
    read: (k) => k.responsiveness.medianMs,
  },
  p90Response: {
    family: 'responsiveness',
    unit: 'duration',
    better: 'down',
    kind: 'level',
    read: (k) => k.responsiveness.p90Ms,
  },
  unansweredOver24h: {
    family: 'responsiveness',
    unit: 'count',
    better: 'down',
    kind: 'total',
    read: (k) => k.responsiveness.unansweredOver24h,
  },
  takenPrivate: {
    family: 'responsiveness',
    unit: 'count',
    better: 'up',
    kind: 'total',
    read: (k) => k.responsiveness.takenPrivate,
  },
  published: { family: 'publishing', unit: 'count', better: 'up', kind: 'total', read: (k) => k.publishing.published },
  missed: { family: 'publishing', unit: 'count', better: 'down', kind: 'total', read: (k) => k.publishing.missed },
  onTimeRate: {
    family: 'publishing',
    unit: 'percent',
    better: 'up',
    kind: 'level',
    read: (k) => k.publishing.onTimeRate,
  },
  postsPerWeek: {
    family: 'publishing',
    unit: 'perWeek',
    better: 'up',
    kind: 'total',
    read: (k, params) => {
      if (!params.network) return k.publishing.published / Math.max(1, k.days / 7);
      return k.publishing.perNetwork[params.network]?.perWeek ?? 0;
    },
  },
  bestSlotShare: {
    family: 'publishing',
    unit: 'percent',
    better: 'up',
    kind: 'level',
    read: (k) => k.publishing.bestSlotShare,
  },
  nearMisses: { family: 'safety', unit: 'count', better: 'up', kind: 'total', read: (k) => k.safety.prevented },
  sentAnyway: { family: 'safety', unit: 'count', better: 'down', kind: 'total', read: (k) => k.safety.sentAnyway },
  templateUses: {
    family: 'productivity',
    unit: 'count',
    better: 'up',
    kind: 'total',
    read: (k) => k.productivity.templateUses,
  },
  timeSaved: {
    family: 'productivity',
    unit: 'duration',
    better: 'up',
    kind: 'total',
    read: (k) => k.productivity.timeSavedMs,
  },
  forwarded: { family: 'feedback', unit: 'count', better: 'up', kind: 'total', read: (k) => k.feedback.forwarded },
  /** "+N followers a month": the brand accounts' gain over the period, scaled to 30 days. */
  followersPerMonth: {
    family: 'growth',
    unit: 'count',
    better: 'up',
    kind: 'total',
    read: (k) => k.growth.perMonth,
  },
} as const satisfies Record<string, MetricSpec>;

export type MetricId = keyof typeof METRICS;
export const METRIC_IDS = Object.keys(METRICS) as MetricId[];

/** The tiles of the dashboard and the report, in order. */
export const TILE_METRICS: readonly MetricId[] = [
  'mentions',
  'negativeShare',
  'answeredShare',
  'medianResponse',
  'p90Response',
  'unansweredOver24h',
  'published',
  'onTimeRate',
  'bestSlotShare',
  'nearMisses',
  'templateUses',
  'timeSaved',
];

/** A metric's value in the unit a person types a goal in: percent 0–100, hours, counts. */
export function toGoalUnit(metric: MetricId, value: number): number {
  const unit: MetricUnit = METRICS[metric].unit;
  if (unit === 'percent') return value * 100;
  if (unit === 'duration') return value / 3_600_000;
  return value;
}

export interface MetricDelta {
  current: number | null;
  previous: number | null;
  /** current − previous, null when either is missing. */
  change: number | null;
  /** Whether the change is good news, bad news or neither. */
  trend: 'better' | 'worse' | 'same' | null;
}

/** A metric now and in the previous period. */
export function compareMetric(
  metric: MetricId,
  current: ReportKpis,
  previous: ReportKpis,
  params: MetricParams = {},
): MetricDelta {
  const spec: MetricSpec = METRICS[metric];
  const now = spec.read(current, params);
  const before = spec.read(previous, params);
  if (now === null || before === null) return { current: now, previous: before, change: null, trend: null };
  const change = now - before;
  const trend = change === 0 ? 'same' : change > 0 === (spec.better === 'up') ? 'better' : 'worse';
  return { current: now, previous: before, change, trend };
}
