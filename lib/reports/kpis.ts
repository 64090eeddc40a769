/**
 * Every KPI family of one period, computed from a dataset. Pure: the period, the data, the
 * user's options and "now" are parameters, so the same call gives the same answer in a test,
 * in the side panel and on the report page.
 */
import type { TimeWindow } from '@/lib/calendar/settings';
import type { Network } from '@/lib/networks';
import type { ReportDataset } from '@/lib/reports/dataset';
import { type FeedbackKpis, feedbackKpis } from '@/lib/reports/feedback-kpis';
import { type GrowthKpis, growthKpis } from '@/lib/reports/growth-kpis';
import { type ListeningKpis, listeningKpis } from '@/lib/reports/listening';
import type { Period } from '@/lib/reports/period';
import { type ProductivityKpis, productivityKpis } from '@/lib/reports/productivity';
import { type PublishingKpis, publishingKpis } from '@/lib/reports/publishing';
import { type ResponsivenessKpis, type ResponsivenessOptions, responsivenessKpis } from '@/lib/reports/responsiveness';
import { type SafetyKpis, safetyKpis } from '@/lib/reports/safety';

export interface KpiOptions extends ResponsivenessOptions {
  bestWindows: Partial<Record<Network, readonly TimeWindow[]>>;
  secondsPerTemplateUse: number;
  templateNames: ReadonlyMap<string, string>;
}

export interface ReportKpis {
  from: number;
  to: number;
  days: number;
  listening: ListeningKpis;
  responsiveness: ResponsivenessKpis;
  publishing: PublishingKpis;
  safety: SafetyKpis;
  productivity: ProductivityKpis;
  feedback: FeedbackKpis;
  growth: GrowthKpis;
}

export function computeKpis(data: ReportDataset, period: Period, options: KpiOptions): ReportKpis {
  return {
    from: period.from,
    to: period.to,
    days: period.days,
    listening: listeningKpis(data.items, period),
    responsiveness: responsivenessKpis(data.items, period, options),
    publishing: publishingKpis(data.posts, period, options.bestWindows),
    safety: safetyKpis(data.events, period),
    productivity: productivityKpis(data.events, period, {
      secondsPerUse: options.secondsPerTemplateUse,
      templateNames: options.templateNames,
    }),
    feedback: feedbackKpis(data.events, period),
    growth: growthKpis(data.followers ?? [], period),
  };
}
