/**
 * The printable report (report.html): title with the brand and the period, goals and their
 * status, KPI tiles with deltas, charts with their tables, top topics and the other details, the
 * conversations picked with "Add to report", and the summary the CM writes. In the UI language;
 * print-to-PDF keeps every tile and chart whole on a page. `?digest=<department>` shows that
 * department's feedback digest instead.
 */
import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { ConversationList } from '@/components/reports/conversation-list';
import { downloadCsvBundle } from '@/components/reports/csv-bundle';
import { DigestPage } from '@/components/reports/digest-page';
import { formatRange } from '@/components/reports/format';
import { GoalList } from '@/components/reports/goals-panel';
import { METRIC_LABELS } from '@/components/reports/labels';
import { KpiTiles, ReportCharts, ReportDetails } from '@/components/reports/report-sections';
import { useAppState } from '@/components/state/app-state';
import { sendToBackground } from '@/lib/messaging/client';
import { NETWORK_NAMES } from '@/lib/networks';
import type { DepartmentDigest } from '@/lib/reports/feedback';
import type { Period } from '@/lib/reports/period';
import type { ReportModel } from '@/lib/reports/report';
import '@/components/reports/reports.css';
import '@/components/reports/report-page.css';
import { queryFromUrl, type ReportQuery, useReport, useReportAnswer } from '@/components/reports/use-report';

export function ReportPage() {
  const query = useSignal(queryFromUrl(location.search));
  const digestId = new URLSearchParams(location.search).get('digest');
  return digestId ? <DigestLoader departmentId={digestId} query={query} /> : <ReportLoader query={query} />;
}

function ReportLoader({ query }: { query: Signal<ReportQuery> }) {
  const { t } = useAppState();
  const { report, error } = useReport(query);
  if (error.value) return <p role="alert">{t('reportsError', [error.value])}</p>;
  if (!report.value) return <p class="muted">{t('reportsLoading')}</p>;
  return <ReportDocument report={report.value} />;
}

function DigestLoader({ departmentId, query }: { departmentId: string; query: Signal<ReportQuery> }) {
  const { t } = useAppState();
  const { data } = useReportAnswer(query, (request) =>
    sendToBackground('feedbackDigests', request).then(
      (reply) => reply as { period: Period; digests: DepartmentDigest[] },
    ),
  );
  const { report } = useReport(query);
  const digest = data.value?.digests.find((each) => each.department.id === departmentId);
  if (!data.value || !report.value) return <p class="muted">{t('reportsLoading')}</p>;
  if (!digest) return <p role="alert">{t('digestNone')}</p>;
  const forwarded = report.value.current.feedback.byDepartment[digest.department.name] ?? 0;
  return <DigestPage digest={digest} period={data.value.period} forwarded={forwarded} />;
}

function ReportDocument({ report }: { report: ReportModel }) {
  const { t, locale, settings } = useAppState();
  const brand = settings.value.brandName.trim();
  const title = brand ? t('reportTitleBrand', [brand]) : t('reportTitle');
  const range = formatRange(report.period.first, report.period.last, locale.value);
  useEffect(() => {
    document.title = `${title} · ${range}`;
  }, [title, range]);
  const scope = [
    report.filter.network && NETWORK_NAMES[report.filter.network],
    report.filter.account && `@${report.filter.account}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const made = new Intl.DateTimeFormat(locale.value, { dateStyle: 'long', timeStyle: 'short' }).format(
    report.generatedAt,
  );
  return (
    <main class="report-page reports">
      <header class="report-page__head">
        <h1>{title}</h1>
        <p class="report-page__period" data-testid="report-period">
          {range} · {t('reportsComparedWith', [formatRange(report.previous.first, report.previous.last, locale.value)])}
        </p>
        <p class="muted">
          {scope && `${t('reportScope', [scope])} · `}
          {t('reportGenerated', [made])}
        </p>
        <div class="actions no-print">
          <button type="button" class="primary" onClick={() => print()}>
            {t('reportPrint')}
          </button>
          <button type="button" onClick={() => downloadCsvBundle(report, (metric) => t(METRIC_LABELS[metric], ['24']))}>
            {t('reportsCsvBundle')}
          </button>
        </div>
      </header>
      <Summary text={report.settings.summary} />
      <section aria-labelledby="goals-heading" class="report-page__section">
        <h2 id="goals-heading">{t('goalsHeading')}</h2>
        <GoalList goals={report.goals} editable={false} />
      </section>
      <KpiTiles report={report} />
      <ReportCharts report={report} tableOpen />
      <ReportDetails report={report} />
      <Notable report={report} />
    </main>
  );
}

/** The CM's summary: a text field on screen, its text on paper. Saved through the background. */
function Summary({ text }: { text: string }) {
  const { t } = useAppState();
  const draft = useSignal(text);
  return (
    <section aria-labelledby="summary-heading" class="report-page__section report-summary">
      <h2 id="summary-heading">{t('reportSummary')}</h2>
      <label class="no-print">
        <span class="visually-hidden">{t('reportSummary')}</span>
        <textarea
          name="summary"
          rows={4}
          value={draft.value}
          placeholder={t('reportSummaryHint')}
          onInput={(event) => {
            draft.value = event.currentTarget.value;
          }}
          onChange={(event) => void sendToBackground('saveReportSettings', { summary: event.currentTarget.value })}
        />
      </label>
      <p class="print-only report-summary__text">{draft.value}</p>
    </section>
  );
}

function Notable({ report }: { report: ReportModel }) {
  const { t } = useAppState();
  return (
    <section aria-labelledby="notable-heading" class="report-page__section">
      <h2 id="notable-heading">{t('reportNotable')}</h2>
      {report.picks.length === 0 ? (
        <p class="muted">{t('reportNoNotable')}</p>
      ) : (
        <ConversationList items={report.picks} testId="notable" />
      )}
    </section>
  );
}
