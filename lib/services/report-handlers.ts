import { markMissed } from '../calendar/alarms';
import { STUDY_WINDOWS, userWindows } from '../calendar/settings';
import { readCalendarSettings } from '../calendar/settings-store';
import { loadReportDataset } from '../db/reports-repo';
import { findRegistered } from '../guard/handles';
import { readAccounts } from '../guard/store';
import type { FeatureHandlers } from '../messaging/handle';
import type { reportMessages } from '../messaging/messages/reports';
import { NETWORKS } from '../networks';
import { filterDataset } from '../reports/dataset';
import { departmentDigest } from '../reports/feedback';
import { buildReport, reportPeriods } from '../reports/report';
import { readReportSettings, updateReportSettings } from '../reports/settings-store';
import { readTemplates } from '../templates/store';
import type { ServiceDeps } from './background-handlers';
import { bumpRevision } from './db-revision';

/** The background's answers to the reports messages: it reads every store and computes; pages only show. */
export function reportHandlers(deps: ServiceDeps): FeatureHandlers<typeof reportMessages> {
  /** The user's options the KPIs need, read fresh on each request (the worker keeps nothing). */
  const kpiOptions = async () => {
    const [calendar, templates, accounts] = await Promise.all([
      readCalendarSettings(),
      readTemplates(),
      readAccounts(),
    ]);
    return {
      bestWindows: Object.fromEntries(
        NETWORKS.map((network) => [network, [...userWindows(calendar, network), ...(STUDY_WINDOWS[network] ?? [])]]),
      ),
      templateNames: new Map(templates.map((template) => [template.id, template.name])),
      hoursFor: (item: { network: (typeof NETWORKS)[number]; capturedAs?: string }) =>
        item.capturedAs
          ? findRegistered(accounts, item.network, { handle: item.capturedAs, displayName: '' })?.hours
          : undefined,
    };
  };
  return {
    async reportData(request) {
      const db = await deps.db();
      const now = deps.now();
      await markMissed(db, now);
      const { period, previous } = reportPeriods(request, now);
      const [data, settings, options] = await Promise.all([
        loadReportDataset(db, previous.from, period.to),
        readReportSettings(),
        kpiOptions(),
      ]);
      const report = buildReport(data, request, {
        now,
        settings,
        options: { ...options, secondsPerTemplateUse: settings.secondsPerTemplateUse },
      });
      return { report };
    },
    async feedbackDigests(request) {
      const { period } = reportPeriods(request, deps.now());
      const [data, settings] = await Promise.all([
        loadReportDataset(await deps.db(), period.from, period.to),
        readReportSettings(),
      ]);
      const { items } = filterDataset(data, request.filter);
      return { period, digests: settings.departments.map((department) => departmentDigest(items, department, period)) };
    },
    async saveReportSettings(patch) {
      return { settings: await updateReportSettings(patch) };
    },
    async recordForward({ itemId, departmentId }) {
      const db = await deps.db();
      const [item, settings] = await Promise.all([db.get('inbox', itemId), readReportSettings()]);
      if (!item) throw new Error(`no inbox item ${itemId}`);
      const department = settings.departments.find((each) => each.id === departmentId);
      if (!department) throw new Error(`no department ${departmentId}`);
      const id = await db.add('events', {
        at: deps.now(),
        type: 'forward',
        network: item.network,
        data: { itemId, department: department.name, departmentId, account: item.capturedAs },
      });
      await bumpRevision('events');
      return { id };
    },
  };
}
