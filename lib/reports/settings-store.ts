import { storage } from '@wxt-dev/storage';
import {
  DEFAULT_REPORT_SETTINGS,
  parseReportSettings,
  type ReportSettings,
  type ReportSettingsPatch,
} from '@/lib/reports/settings';

/** Report settings (goals, departments…), in their own versioned item. The background writes it. */
export const reportSettingsItem = storage.defineItem<unknown>('local:reportSettings', {
  fallback: DEFAULT_REPORT_SETTINGS,
  version: 1,
});

export async function readReportSettings(): Promise<ReportSettings> {
  return parseReportSettings(await reportSettingsItem.getValue());
}

/** Background only: merges a validated change into the stored settings. */
export async function updateReportSettings(patch: ReportSettingsPatch): Promise<ReportSettings> {
  const next = parseReportSettings({ ...(await readReportSettings()), ...patch });
  await reportSettingsItem.setValue(next);
  return next;
}

/** Calls back with validated settings on every change. Returns the unwatch. */
export function watchReportSettings(callback: (settings: ReportSettings) => void): () => void {
  return reportSettingsItem.watch((value) => callback(parseReportSettings(value)));
}
