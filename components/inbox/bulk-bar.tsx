import { useSignal } from '@preact/signals';
import { STATUS_LABELS } from '@/components/inbox/badges';
import { selectAllMatching, updateTargets } from '@/components/inbox/inbox-actions';
import type { InboxState } from '@/components/inbox/inbox-state';
import { useAppState } from '@/components/state/app-state';
import { INBOX_STATUSES } from '@/lib/inbox/item';

/** Actions on every selected item at once: status, tag, assignee, archive. */
export function BulkBar({ state, team }: { state: InboxState; team: readonly string[] }) {
  const { t, tCount } = useAppState();
  const tag = useSignal('');
  const assignee = useSignal('');
  const count = state.selectedCount.value;
  if (count === 0) return null;
  return (
    <div class="bulk-bar" role="toolbar" aria-label={t('inboxBulkLabel')}>
      <strong data-testid="bulk-count">
        {tCount({ one: 'inboxSelectedOne', other: 'inboxSelectedOther' }, count)}
      </strong>
      {state.total.value !== null && !state.counting.value && count < state.total.value && (
        <button type="button" class="link" onClick={() => void selectAllMatching(state)}>
          {t('inboxSelectAllMatching', [String(state.total.value)])}
        </button>
      )}
      <button type="button" class="link" onClick={() => (state.selected.value = new Set())}>
        {t('inboxClearSelection')}
      </button>
      <div class="bulk-bar__actions">
        <select
          id="bulk-status"
          aria-label={t('inboxBulkStatus')}
          value=""
          onChange={(event) => {
            const status = event.currentTarget.value as (typeof INBOX_STATUSES)[number];
            if (status) void updateTargets(state, { status });
          }}
        >
          <option value="">{t('inboxBulkStatus')}</option>
          {INBOX_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(STATUS_LABELS[status])}
            </option>
          ))}
        </select>
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (tag.value.trim()) void updateTargets(state, { addTags: [tag.value.trim()] });
            tag.value = '';
          }}
        >
          <input
            id="bulk-tag"
            aria-label={t('inboxBulkTag')}
            placeholder={t('inboxBulkTag')}
            value={tag.value}
            onInput={(e) => (tag.value = e.currentTarget.value)}
          />
          <button type="submit">{t('inboxAddTag')}</button>
        </form>
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void updateTargets(state, { assignee: assignee.value.trim() });
            assignee.value = '';
          }}
        >
          <input
            id="bulk-assign"
            list="inbox-team"
            aria-label={t('inboxBulkAssign')}
            placeholder={t('inboxBulkAssign')}
            value={assignee.value}
            onInput={(e) => (assignee.value = e.currentTarget.value)}
          />
          <button type="submit">{t('inboxAssign')}</button>
        </form>
        <button type="button" onClick={() => void updateTargets(state, { status: 'archived' })}>
          {t('inboxArchive')}
        </button>
      </div>
      <datalist id="inbox-team">
        {team.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </div>
  );
}
