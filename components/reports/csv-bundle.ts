import { strToU8, zipSync } from 'fflate';
import { downloadBlob } from '@/components/inbox/download';
import { reportCsvFiles } from '@/lib/reports/csv';
import type { MetricId } from '@/lib/reports/metrics';
import type { ReportModel } from '@/lib/reports/report';

/** The report's CSV files in one .zip, saved by the browser like any download. */
export function downloadCsvBundle(report: ReportModel, label: (metric: MetricId) => string): void {
  const files = Object.fromEntries(reportCsvFiles(report, label).map((file) => [file.name, strToU8(file.csv)]));
  const zip = zipSync(files, { level: 6 });
  downloadBlob(
    new Blob([zip as BlobPart], { type: 'application/zip' }),
    `report-${report.period.first}_${report.period.last}.zip`,
  );
}
