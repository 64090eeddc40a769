import { useSignal } from '@preact/signals';
import { useAppState } from '@/components/state/app-state';
import { splitWords } from '@/lib/guard/accounts';
import { sendToBackground } from '@/lib/messaging/client';
import type { Department, ReportSettings } from '@/lib/reports/settings';

/** Response clock, time per template, and the departments feedback goes to. Saved by the background. */
export function ReportSettingsPanel({ settings }: { settings: ReportSettings }) {
  const { t } = useAppState();
  const save = (patch: Parameters<typeof sendToBackground<'saveReportSettings'>>[1]) =>
    void sendToBackground('saveReportSettings', patch);
  return (
    <div class="report-settings">
      <label class="field">
        <span>{t('reportsClock')}</span>
        <select
          name="responseClock"
          value={settings.responseClock}
          onChange={(e) => save({ responseClock: e.currentTarget.value as ReportSettings['responseClock'] })}
        >
          <option value="24h">{t('reportsClock24h')}</option>
          <option value="business">{t('reportsClockBusiness')}</option>
        </select>
      </label>
      <label class="field">
        <span>{t('reportsSecondsPerUse')}</span>
        <input
          type="number"
          name="secondsPerTemplateUse"
          min="0"
          max="3600"
          value={settings.secondsPerTemplateUse}
          onChange={(e) => save({ secondsPerTemplateUse: Math.round(Number(e.currentTarget.value) || 0) })}
        />
      </label>
      <h4>{t('deptHeading')}</h4>
      <p class="muted">{t('deptIntro')}</p>
      <ul class="plain-list">
        {settings.departments.map((department) => (
          <li key={department.id} data-testid="department">
            <strong>{department.name}</strong> {department.email && <span class="muted">{department.email}</span>} ·{' '}
            {department.topics.join(', ')}{' '}
            <button
              type="button"
              class="link"
              aria-label={t('deptRemove', [department.name])}
              onClick={() => save({ departments: settings.departments.filter((each) => each.id !== department.id) })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <DepartmentForm departments={settings.departments} onSave={(departments) => save({ departments })} />
    </div>
  );
}

function DepartmentForm({ departments, onSave }: { departments: Department[]; onSave: (next: Department[]) => void }) {
  const { t } = useAppState();
  const name = useSignal('');
  const email = useSignal('');
  const topics = useSignal('');
  return (
    <form
      class="department-form"
      onSubmit={(event) => {
        event.preventDefault();
        const words = splitWords(topics.value).map((word) => word.toLowerCase());
        if (!name.value.trim() || words.length === 0) return;
        onSave([
          ...departments,
          { id: crypto.randomUUID(), name: name.value.trim(), email: email.value.trim(), topics: words },
        ]);
        name.value = '';
        email.value = '';
        topics.value = '';
      }}
    >
      <label class="field">
        <span>{t('deptName')}</span>
        <input
          name="departmentName"
          required
          value={name.value}
          onInput={(e) => (name.value = e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('deptEmail')}</span>
        <input
          type="email"
          name="departmentEmail"
          value={email.value}
          onInput={(e) => (email.value = e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('deptTopics')}</span>
        <input
          name="departmentTopics"
          required
          value={topics.value}
          onInput={(e) => (topics.value = e.currentTarget.value)}
        />
      </label>
      <button type="submit">{t('deptAdd')}</button>
    </form>
  );
}
