/** The parts of a report shared by the side panel's dashboard and the printable page. */

import { SENTIMENT_LABELS } from '@/components/inbox/badges';
import { formatDay } from '@/components/reports/format';
import { KpiTile } from '@/components/reports/kpi-tile';
import { RULE_LABELS } from '@/components/reports/labels';
import { TimeChart } from '@/components/reports/time-chart';
import { useAppState } from '@/components/state/app-state';
import type { RuleId } from '@/lib/guard/rules';
import { NETWORK_NAMES, NETWORKS } from '@/lib/networks';
import { TILE_METRICS } from '@/lib/reports/metrics';
import type { ReportModel } from '@/lib/reports/report';

export function KpiTiles({ report }: { report: ReportModel }) {
  const { t } = useAppState();
  return (
    <section aria-labelledby="kpi-heading">
      <h2 id="kpi-heading">{t('reportKpis')}</h2>
      <ul class="kpi-grid">
        {TILE_METRICS.map((metric) => (
          <KpiTile key={metric} metric={metric} report={report} />
        ))}
      </ul>
    </section>
  );
}

export function ReportCharts({ report, tableOpen = false }: { report: ReportModel; tableOpen?: boolean }) {
  const { t } = useAppState();
  const { listening, publishing } = report.current;
  const days = listening.perDay.map((day) => day.day);
  return (
    <div class="report-charts">
      <TimeChart
        id="chart-mentions"
        title={t('chartMentions')}
        days={days}
        tableOpen={tableOpen}
        series={[
          { label: t('chartTotal'), values: listening.perDay.map((day) => day.total), colour: 1 },
          {
            label: `${t(SENTIMENT_LABELS.negative)} + ${t(SENTIMENT_LABELS.complaint)}`,
            values: listening.perDay.map((day) => day.negative),
            colour: 2,
          },
          {
            label: t(SENTIMENT_LABELS.positive),
            values: listening.perDay.map((day) => day.counts.positive),
            colour: 3,
          },
        ]}
      />
      <TimeChart
        id="chart-posts"
        title={t('chartPosts')}
        days={publishing.perDay.map((day) => day.day)}
        tableOpen={tableOpen}
        series={[
          { label: t('metricPlanned'), values: publishing.perDay.map((day) => day.planned), colour: 4 },
          { label: t('metricPublished'), values: publishing.perDay.map((day) => day.published), colour: 1 },
        ]}
      />
    </div>
  );
}

/** Top topics, worst day, per network, guard rules, templates and forwards, family by family. */
export function ReportDetails({ report }: { report: ReportModel }) {
  const { t, locale } = useAppState();
  const { listening, publishing, safety, productivity, feedback } = report.current;
  const number = new Intl.NumberFormat(locale.value, { maximumFractionDigits: 1 });
  const networks = NETWORKS.filter((network) => listening.byNetwork[network]);
  const posting = NETWORKS.filter((network) => publishing.perNetwork[network]);
  return (
    <div class="report-details">
      <section class="report-block" aria-labelledby="details-listening">
        <h3 id="details-listening">{t('reportsListening')}</h3>
        {listening.worstDay && (
          <p data-testid="worst-day">
            {t('reportsWorstDay', [
              formatDay(listening.worstDay.day, locale.value),
              String(listening.worstDay.negative),
              String(listening.worstDay.total),
            ])}
          </p>
        )}
        <h4>{t('reportsTopTopics')}</h4>
        {listening.topTopics.length === 0 ? (
          <p class="muted">{t('reportsNoTopics')}</p>
        ) : (
          <ol class="topic-list" data-testid="top-topics">
            {listening.topTopics.map((topic) => (
              <li key={topic.topic}>
                <strong>{topic.topic}</strong> <span class="muted">{topic.total}</span>
              </li>
            ))}
          </ol>
        )}
        {networks.length > 0 && (
          <>
            <h4>{t('reportsByNetwork')}</h4>
            <ul class="plain-list">
              {networks.map((network) => (
                <li key={network}>
                  {NETWORK_NAMES[network]}: {listening.byNetwork[network]}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {posting.length > 0 && (
        <section class="report-block" aria-labelledby="details-publishing">
          <h3 id="details-publishing">{t('reportsPostsPerNetwork')}</h3>
          <ul class="plain-list">
            {posting.map((network) => {
              const counts = publishing.perNetwork[network];
              return (
                counts && (
                  <li key={network}>
                    {NETWORK_NAMES[network]}:{' '}
                    {t('reportsPerNetworkLine', [
                      String(counts.planned),
                      String(counts.published),
                      String(counts.missed),
                      number.format(counts.perWeek),
                    ])}
                  </li>
                )
              );
            })}
          </ul>
        </section>
      )}
      {Object.keys(safety.byRule).length > 0 && (
        <section class="report-block" aria-labelledby="details-safety">
          <h3 id="details-safety">{t('reportsByRule')}</h3>
          <ul class="plain-list">
            {Object.entries(safety.byRule).map(([rule, counts]) => (
              <li key={rule}>
                {rule in RULE_LABELS ? t(RULE_LABELS[rule as RuleId]) : rule}:{' '}
                {t('reportsRuleCounts', [String(counts.warnings), String(counts.prevented), String(counts.sentAnyway)])}
              </li>
            ))}
          </ul>
        </section>
      )}
      {productivity.topTemplates.length > 0 && (
        <section class="report-block" aria-labelledby="details-templates">
          <h3 id="details-templates">{t('reportsTopTemplates')}</h3>
          <ol class="plain-list">
            {productivity.topTemplates.map((template) => (
              <li key={template.templateId}>
                {template.name}: {t('reportsUses', [String(template.uses)])}
              </li>
            ))}
          </ol>
        </section>
      )}
      {feedback.forwarded > 0 && (
        <section class="report-block" aria-labelledby="details-feedback">
          <h3 id="details-feedback">{t('reportsFeedback')}</h3>
          <ul class="plain-list">
            {Object.entries(feedback.byDepartment).map(([department, count]) => (
              <li key={department}>
                {department}: {count}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
