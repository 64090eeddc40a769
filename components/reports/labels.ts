import type { RuleId } from '@/lib/guard/rules';
import type { MessageKey } from '@/lib/i18n';
import type { GoalStatus } from '@/lib/reports/goals';
import type { MetricId } from '@/lib/reports/metrics';
import type { PeriodPreset } from '@/lib/reports/period';

export const METRIC_LABELS: Record<MetricId, MessageKey> = {
  mentions: 'metricMentions',
  negativeShare: 'metricNegativeShare',
  answeredShare: 'metricAnsweredShare',
  answeredWithin: 'metricAnsweredWithin',
  medianResponse: 'metricMedianResponse',
  p90Response: 'metricP90Response',
  unansweredOver24h: 'metricUnansweredOver24h',
  takenPrivate: 'metricTakenPrivate',
  published: 'metricPublished',
  missed: 'metricMissed',
  onTimeRate: 'metricOnTimeRate',
  postsPerWeek: 'metricPostsPerWeek',
  bestSlotShare: 'metricBestSlotShare',
  nearMisses: 'metricNearMisses',
  sentAnyway: 'metricSentAnyway',
  templateUses: 'metricTemplateUses',
  timeSaved: 'metricTimeSaved',
  forwarded: 'metricForwarded',
  followersPerMonth: 'growth_metricFollowersPerMonth',
};

export const PRESET_LABELS: Record<PeriodPreset, MessageKey> = {
  'this-week': 'reportsPresetThisWeek',
  'last-7': 'reportsPresetLast7',
  'last-30': 'reportsPresetLast30',
  'last-90': 'reportsPresetLast90',
  month: 'reportsPresetMonth',
  custom: 'reportsPresetCustom',
};

/** Status in words and a symbol, so it never rests on colour alone. */
export const GOAL_STATUS: Record<GoalStatus, { label: MessageKey; symbol: string }> = {
  met: { label: 'goalStatusMet', symbol: '✓' },
  'not-met': { label: 'goalStatusNotMet', symbol: '✗' },
  'on-track': { label: 'goalStatusOnTrack', symbol: '↗' },
  'no-data': { label: 'goalStatusNoData', symbol: '–' },
};

/** Short names of the guard's rules, for the report's per-rule counts. */
export const RULE_LABELS: Record<RuleId, MessageKey> = {
  'expected-account': 'reportsRuleExpectedAccount',
  keywords: 'reportsRuleKeywords',
  'always-confirm': 'reportsRuleAlwaysConfirm',
  unregistered: 'reportsRuleUnregistered',
  'outside-hours': 'reportsRuleOutsideHours',
};
