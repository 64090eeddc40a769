import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { updateItems } from '@/components/inbox/inbox-actions';
import { useAppState } from '@/components/state/app-state';
import type { InboxItem } from '@/lib/inbox/item';
import { sendToBackground } from '@/lib/messaging/client';
import { departmentsFor, forwardDraft } from '@/lib/reports/feedback';
import type { Department } from '@/lib/reports/settings';
import { readReportSettings, watchReportSettings } from '@/lib/reports/settings-store';

function useDepartments() {
  const departments = useSignal<Department[]>([]);
  useEffect(() => {
    void readReportSettings().then((settings) => {
      departments.value = settings.departments;
    });
    return watchReportSettings((settings) => {
      departments.value = settings.departments;
    });
  }, []);
  return departments;
}

/**
 * "Add to report" and "Forward to a department": the e-mail draft opens in the user's own mail
 * client (a mailto: link: the post's text, author, network, link and the CM's note), and the
 * background records the forward for the report.
 */
export function ItemReportActions({ item }: { item: InboxItem }) {
  const { t, locale } = useAppState();
  const departments = useDepartments();
  const forwarded = useSignal<string | null>(null);
  const matching = departmentsFor(item, departments.value);
  const others = departments.value.filter((department) => !matching.includes(department));
  const date = new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' });
  const labels = {
    subject: (author: string, network: string) => t('forwardSubject', [author, network]),
    author: t('forwardAuthor'),
    network: t('forwardNetwork'),
    link: t('forwardLink'),
    note: t('forwardNote'),
    captured: t('forwardCaptured'),
  };
  const link = (department: Department) => (
    <a
      key={department.id}
      class="button"
      href={forwardDraft(item, department, item.notes ?? '', labels, (at) => date.format(at))}
      data-testid="forward-link"
      onClick={() => {
        forwarded.value = department.name;
        void sendToBackground('recordForward', { itemId: item.id, departmentId: department.id });
      }}
    >
      {t('inboxForwardTo', [department.name])}
    </a>
  );
  return (
    <div class="item-report-actions">
      <button
        type="button"
        aria-pressed={item.inReport === true}
        onClick={() => void updateItems([item.id], { inReport: !item.inReport })}
      >
        {item.inReport ? `✓ ${t('inboxInReport')}` : t('inboxAddToReport')}
      </button>
      <fieldset class="field">
        <legend>{t('inboxForwardHeading')}</legend>
        {matching.length === 0 && <p class="muted">{t('inboxForwardNone')}</p>}
        <div class="actions">{matching.map(link)}</div>
        {others.length > 0 && (
          <details>
            <summary>{t('inboxForwardOther')}</summary>
            <div class="actions">{others.map(link)}</div>
          </details>
        )}
        {forwarded.value && (
          <p role="status" class="muted">
            {t('inboxForwarded', [forwarded.value])}
          </p>
        )}
      </fieldset>
    </div>
  );
}
