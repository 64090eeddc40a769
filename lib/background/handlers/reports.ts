import { markMissed } from '@/lib/background/calendar-alarms';
import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { STUDY_WINDOWS, userWindows } from '@/lib/calendar/settings';
import { readCalendarSettings } from '@/lib/calendar/settings-store';
import { loadReportDataset } from '@/lib/db/reports-repo';
import { readSamples } from '@/lib/growth/store';
import { findRegistered } from '@/lib/guard/handles';
import { readAccounts } from '@/lib/guard/store';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { reportMessages } from '@/lib/messaging/messages/reports';
import { NETWORKS } from '@/lib/networks';
import { filterDataset } from '@/lib/reports/dataset';
import { departmentDigest } from '@/lib/reports/feedback';
import { buildReport, reportPeriods } from '@/lib/reports/report';
import { readReportSettings, updateReportSettings } from '@/lib/reports/settings-store';
import { bumpRevision } from '@/lib/storage/db-revision';
import { readTemplates } from '@/lib/templates/store';

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
      const [data, settings, options, followers] = await Promise.all([
        loadReportDataset(db, previous.from, period.to),
        readReportSettings(),
        kpiOptions(),
        readSamples(),
      ]);
      const report = buildReport({ ...data, followers }, request, {
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
