/**
 * Every KPI family of one period, computed from a dataset. Pure: the period, the data, the
 * user's options and "now" are parameters, so the same call gives the same answer in a test,
 * in the side panel and on the report page.
 */
import type { TimeWindow } from '../calendar/settings';
import type { Network } from '../networks';
import type { ReportDataset } from './dataset';
import { type FeedbackKpis, feedbackKpis } from './feedback-kpis';
import { type ListeningKpis, listeningKpis } from './listening';
import type { Period } from './period';
import { type ProductivityKpis, productivityKpis } from './productivity';
import { type PublishingKpis, publishingKpis } from './publishing';
import { type ResponsivenessKpis, type ResponsivenessOptions, responsivenessKpis } from './responsiveness';
import { type SafetyKpis, safetyKpis } from './safety';

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
  };
}
