import type { Signal } from '@preact/signals';
import { NetworkOptions } from '@/components/network-options';
import { PRESET_LABELS } from '@/components/reports/labels';
import type { ReportQuery } from '@/components/reports/use-report';
import { useAppState } from '@/components/state/app-state';
import { isNetwork } from '@/lib/networks';
import { PERIOD_PRESETS, type PeriodPreset } from '@/lib/reports/period';

/** Period, network and account pickers; each change asks for a new report. */
export function ReportToolbar({
  query,
  accounts,
  month,
}: {
  query: Signal<ReportQuery>;
  accounts: string[];
  month: string;
}) {
  const { t } = useAppState();
  const { choice, filter } = query.value;
  const setChoice = (patch: Partial<ReportQuery['choice']>) => {
    query.value = { ...query.value, choice: { ...choice, ...patch } };
  };
  const setFilter = (patch: Partial<ReportQuery['filter']>) => {
    query.value = { ...query.value, filter: { ...filter, ...patch } };
  };
  return (
    <div class="report-toolbar">
      <label class="field">
        <span>{t('reportsPeriod')}</span>
        <select
          name="period"
          value={choice.preset}
          onChange={(e) => setChoice({ preset: e.currentTarget.value as PeriodPreset })}
        >
          {PERIOD_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {t(PRESET_LABELS[preset])}
            </option>
          ))}
        </select>
      </label>
      {choice.preset === 'month' && (
        <label class="field">
          <span>{t('reportsMonth')}</span>
          <input
            type="month"
            name="month"
            value={choice.month ?? month}
            onChange={(e) => setChoice({ month: e.currentTarget.value || undefined })}
          />
        </label>
      )}
      {choice.preset === 'custom' && (
        <>
          <label class="field">
            <span>{t('reportsFrom')}</span>
            <input
              type="date"
              name="start"
              value={choice.start ?? ''}
              onChange={(e) => setChoice({ start: e.currentTarget.value || undefined })}
            />
          </label>
          <label class="field">
            <span>{t('reportsTo')}</span>
            <input
              type="date"
              name="end"
              value={choice.end ?? ''}
              onChange={(e) => setChoice({ end: e.currentTarget.value || undefined })}
            />
          </label>
        </>
      )}
      <label class="field">
        <span>{t('inboxFilterNetwork')}</span>
        <select
          name="network"
          value={filter.network ?? ''}
          onChange={(e) => setFilter({ network: isNetwork(e.currentTarget.value) ? e.currentTarget.value : undefined })}
        >
          <option value="">{t('inboxAllNetworks')}</option>
          <NetworkOptions />
        </select>
      </label>
      <label class="field">
        <span>{t('reportsAccount')}</span>
        <select
          name="account"
          value={filter.account ?? ''}
          onChange={(e) => setFilter({ account: e.currentTarget.value || undefined })}
        >
          <option value="">{t('reportsAllAccounts')}</option>
          {accounts.map((account) => (
            <option key={account} value={account}>
              @{account}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
