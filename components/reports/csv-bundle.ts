import { strToU8, zipSync } from 'fflate';
import { reportCsvFiles } from '@/lib/reports/csv';
import type { MetricId } from '@/lib/reports/metrics';
import type { ReportModel } from '@/lib/reports/report';

/** The report's CSV files in one .zip (stored uncompressed beside nothing else: the user's browser saves it). */
export function downloadCsvBundle(report: ReportModel, label: (metric: MetricId) => string): void {
  const files = Object.fromEntries(reportCsvFiles(report, label).map((file) => [file.name, strToU8(file.csv)]));
  const zip = zipSync(files, { level: 6 });
  const url = URL.createObjectURL(new Blob([zip as BlobPart], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `report-${report.period.first}_${report.period.last}.zip`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
