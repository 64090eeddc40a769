/**
 * Side panel → Reports: period and filters, goals, KPI tiles with deltas, charts with their
 * tables, the details of each family, the departments' digests and the report settings. Loaded
 * on first use (with the chart library), so the side panel's first paint does not carry it.
 */
import { useSignal } from '@preact/signals';
import { EmptyState } from '@/components/empty-state';
import { downloadCsvBundle } from '@/components/reports/csv-bundle';
import { DigestPanel } from '@/components/reports/digest-panel';
import { formatRange } from '@/components/reports/format';
import { GoalForm, GoalList } from '@/components/reports/goals-panel';
import { GrowthPanel } from '@/components/reports/growth-panel';
import { METRIC_LABELS } from '@/components/reports/labels';
import { KpiTiles, ReportCharts, ReportDetails } from '@/components/reports/report-sections';
import { ReportSettingsPanel } from '@/components/reports/report-settings';
import { ReportToolbar } from '@/components/reports/report-toolbar';
import { useAppState } from '@/components/state/app-state';
import { useNavigate } from '@/components/state/navigation';
import { sendToBackground } from '@/lib/messaging/client';
import type { DepartmentDigest } from '@/lib/reports/feedback';
import type { Period } from '@/lib/reports/period';
import '@/components/reports/reports.css';
import { type ReportQuery, reportPageUrl, useReport, useReportAnswer } from '@/components/reports/use-report';

export function ReportsDashboard() {
  const { t, locale } = useAppState();
  const navigate = useNavigate();
  const query = useSignal<ReportQuery>({ choice: { preset: 'this-week' }, filter: {} });
  const { report, error } = useReport(query);
  const digests = useReportAnswer(query, (request) =>
    sendToBackground('feedbackDigests', request).then(
      (reply) => reply as { period: Period; digests: DepartmentDigest[] },
    ),
  );
  const current = report.value;
  if (error.value) return <p role="alert">{t('reportsError', [error.value])}</p>;
  if (!current) return <p class="muted">{t('reportsLoading')}</p>;
  const label = (metric: keyof typeof METRIC_LABELS) => t(METRIC_LABELS[metric], ['24']);
  const nothingYet = current.current.listening.captured === 0 && current.current.publishing.planned === 0;
  return (
    <div class="reports">
      <ReportToolbar query={query} accounts={current.accounts} month={current.period.first.slice(0, 7)} />
      <p class="muted" data-testid="report-period">
        {formatRange(current.period.first, current.period.last, locale.value)} ·{' '}
        {t('reportsComparedWith', [formatRange(current.previous.first, current.previous.last, locale.value)])}
      </p>
      {nothingYet && (
        <EmptyState title="reportsNothingTitle" body="reportsNothingBody">
          <button type="button" class="primary" onClick={() => navigate('inbox')}>
            {t('reportsGoToInbox')}
          </button>
          <button type="button" onClick={() => navigate('calendar')}>
            {t('reportsPlanPost')}
          </button>
        </EmptyState>
      )}
      <div class="actions">
        <a class="button primary" href={reportPageUrl(query.value)} target="_blank" rel="noopener">
          {t('reportsOpenReport')}
        </a>
        <button type="button" onClick={() => downloadCsvBundle(current, label)}>
          {t('reportsCsvBundle')}
        </button>
      </div>
      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">{t('goalsHeading')}</h2>
        <GoalList goals={current.goals} editable />
        <details>
          <summary>{t('goalAdd')}</summary>
          <GoalForm goals={current.settings.goals} />
        </details>
      </section>
      <KpiTiles report={current} />
      <ReportCharts report={current} />
      <GrowthPanel period={current.period} />
      <ReportDetails report={current} />
      <section aria-labelledby="digest-heading">
        <h2 id="digest-heading">{t('reportsFeedback')}</h2>
        {digests.data.value && (
          <DigestPanel
            period={digests.data.value.period}
            digests={digests.data.value.digests}
            forwarded={current.current.feedback.byDepartment}
            printUrl={(id) => reportPageUrl(query.value, { digest: id })}
          />
        )}
      </section>
      <details class="report-settings-box">
        <summary>
          <h2>{t('reportsSettings')}</h2>
        </summary>
        <ReportSettingsPanel settings={current.settings} />
      </details>
    </div>
  );
}
