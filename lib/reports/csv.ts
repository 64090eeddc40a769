/**
 * The numbers behind a report as CSV files, one per KPI family, for the CSV bundle. As in the
 * inbox export: UTF-8 with a byte-order mark, CRLF, every field quoted; column names stay
 * English (spreadsheets and scripts key on them), the measure's label is in the UI language.
 */
import Papa from 'papaparse';
import { neutralizeFormula } from '@/lib/inbox/csv';
import { SENTIMENTS } from '@/lib/inbox/item';
import {
  compareMetric,
  METRIC_IDS,
  METRICS,
  type MetricFamily,
  type MetricId,
  type MetricUnit,
} from '@/lib/reports/metrics';
import type { ReportModel } from '@/lib/reports/report';

export interface CsvFile {
  name: string;
  csv: string;
}

const UNIT_NAMES: Record<MetricUnit, string> = {
  count: 'count',
  percent: 'percent',
  duration: 'minutes',
  perWeek: 'per week',
};

/** A value as written in the CSV: percent 0–100, durations in minutes, one decimal at most. */
export function csvNumber(unit: MetricUnit, value: number | null): string {
  if (value === null) return '';
  const scaled = unit === 'percent' ? value * 100 : unit === 'duration' ? value / 60_000 : value;
  return String(Math.round(scaled * 10) / 10);
}

/** A figure stays a number; any other text that a spreadsheet would run as a formula (a topic from a post) is neutralised. */
export function csvCell(value: string | number): string | number {
  return typeof value === 'number' || /^-?\d+(\.\d+)?$/.test(value) ? value : neutralizeFormula(value);
}

function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const safe = rows.map((row) => row.map(csvCell));
  return `\uFEFF${Papa.unparse(safe, { quotes: true, newline: '\r\n' })}\r\n`;
}

function summary(report: ReportModel, family: MetricFamily, label: (metric: MetricId) => string) {
  const rows: (string | number)[][] = [['metric', 'label', 'unit', 'current', 'previous', 'change']];
  for (const metric of METRIC_IDS.filter((id) => METRICS[id].family === family)) {
    const unit: MetricUnit = METRICS[metric].unit;
    const delta = compareMetric(metric, report.current, report.before, { withinHours: 24 });
    rows.push([
      metric,
      label(metric),
      UNIT_NAMES[unit],
      csvNumber(unit, delta.current),
      csvNumber(unit, delta.previous),
      csvNumber(unit, delta.change),
    ]);
  }
  return rows;
}

/** One CSV per family: its measures now and before, then the detail behind them. */
export function reportCsvFiles(report: ReportModel, label: (metric: MetricId) => string): CsvFile[] {
  const { listening, publishing, safety, productivity, feedback, growth } = report.current;
  const blank: string[] = [];
  const suffix = `${report.period.first}_${report.period.last}`;
  const file = (family: MetricFamily, detail: (string | number)[][]) => ({
    name: `${family}-${suffix}.csv`,
    csv: toCsv([...summary(report, family, label), blank, ...detail]),
  });
  return [
    file('listening', [
      ['day', 'total', ...SENTIMENTS, 'unknown'],
      ...listening.perDay.map((day) => [
        day.day,
        day.total,
        ...SENTIMENTS.map((key) => day.counts[key]),
        day.counts.unknown,
      ]),
      blank,
      ['network', 'mentions'],
      ...Object.entries(listening.byNetwork).map(([network, count]) => [network, count ?? 0]),
      blank,
      ['topic', 'kind', 'total', ...SENTIMENTS],
      ...listening.topTopics.map((topic) => [
        topic.topic,
        topic.kind,
        topic.total,
        ...SENTIMENTS.map((key) => topic.counts[key]),
      ]),
    ]),
    file('responsiveness', [
      ['responseMinutes'],
      ...report.current.responsiveness.responseTimesMs.map((ms) => [csvNumber('duration', ms)]),
    ]),
    file('publishing', [
      ['day', 'planned', 'published'],
      ...publishing.perDay.map((day) => [day.day, day.planned, day.published]),
      blank,
      ['network', 'planned', 'published', 'missed', 'perWeek'],
      ...Object.entries(publishing.perNetwork).map(([network, counts]) => [
        network,
        counts?.planned ?? 0,
        counts?.published ?? 0,
        counts?.missed ?? 0,
        csvNumber('perWeek', counts?.perWeek ?? 0),
      ]),
    ]),
    file('safety', [
      ['rule', 'warnings', 'prevented', 'sentAnyway'],
      ...Object.entries(safety.byRule).map(([rule, counts]) => [
        rule,
        counts.warnings,
        counts.prevented,
        counts.sentAnyway,
      ]),
    ]),
    file('productivity', [
      ['templateId', 'name', 'uses'],
      ...productivity.topTemplates.map((template) => [template.templateId, template.name, template.uses]),
    ]),
    file('feedback', [['department', 'forwarded'], ...Object.entries(feedback.byDepartment)]),
    file('growth', [
      ['day', 'network', 'account', 'followers', 'following', 'posts'],
      ...growth.samples.map((sample) => [
        sample.day,
        sample.network,
        sample.handle,
        sample.followers,
        sample.following ?? '',
        sample.posts ?? '',
      ]),
    ]),
  ];
}
