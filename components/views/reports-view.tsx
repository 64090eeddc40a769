import { lazyComponent } from '@/components/lazy';

/**
 * The Reports section. Its code and the chart library load when the section is first opened:
 * the side panel's first paint does not carry them.
 */
export const ReportsView = lazyComponent(() =>
  import('@/components/reports/dashboard').then((module) => module.ReportsDashboard),
);
