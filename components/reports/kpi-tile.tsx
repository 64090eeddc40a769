import { formatChange, formatMetric } from '@/components/reports/format';
import { METRIC_LABELS } from '@/components/reports/labels';
import { useAppState } from '@/components/state/app-state';
import type { MessageKey } from '@/lib/i18n';
import { compareMetric, type MetricId, type MetricParams } from '@/lib/reports/metrics';
import type { ReportModel } from '@/lib/reports/report';

const TREND_LABELS = {
  better: 'reportsTrendBetter',
  worse: 'reportsTrendWorse',
  same: 'reportsTrendSame',
} as const satisfies Record<string, MessageKey>;

/** One figure of the period, its change since the previous period (arrow, sign and words), and its previous value. */
export function KpiTile({
  metric,
  report,
  params = {},
}: {
  metric: MetricId;
  report: ReportModel;
  params?: MetricParams;
}) {
  const { t, locale } = useAppState();
  const delta = compareMetric(metric, report.current, report.before, params);
  const label = t(METRIC_LABELS[metric], [String(params.withinHours ?? '')]);
  const trendWord = t(delta.trend ? TREND_LABELS[delta.trend] : 'reportsTrendNone');
  // The arrow says which way the number went; the word says whether that is good news.
  const arrow = delta.change === null || delta.change === 0 ? '=' : delta.change > 0 ? '▲' : '▼';
  return (
    <li class="kpi-tile" data-testid={`tile-${metric}`}>
      <span class="kpi-tile__label">{label}</span>
      <strong class="kpi-tile__value" data-testid={`tile-${metric}-value`}>
        {formatMetric(metric, delta.current, locale.value)}
      </strong>
      <span
        class={`kpi-tile__delta trend-${delta.trend ?? 'none'}`}
        data-testid={`tile-${metric}-delta`}
        title={
          delta.change === null
            ? trendWord
            : t('reportsDeltaLabel', [formatChange(metric, delta.change, locale.value), trendWord])
        }
      >
        {delta.change === null ? (
          trendWord
        ) : (
          <>
            <span aria-hidden="true">{arrow} </span>
            {formatChange(metric, delta.change, locale.value)} · {trendWord}
          </>
        )}
      </span>
      <span class="kpi-tile__previous muted">
        {t('reportsPrevious', [formatMetric(metric, delta.previous, locale.value)])}
      </span>
    </li>
  );
}
