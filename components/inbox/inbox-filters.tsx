import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { SENTIMENT_LABELS, STATUS_LABELS } from '@/components/inbox/badges';
import type { InboxState } from '@/components/inbox/inbox-state';
import { NetworkOptions } from '@/components/network-options';
import { useAppState } from '@/components/state/app-state';
import type { MessageKey } from '@/lib/i18n';
import { INBOX_STATUSES, SENTIMENTS } from '@/lib/inbox/item';
import { INBOX_SORTS, type InboxQuery, type InboxSort, OPEN_STATUSES } from '@/lib/inbox/query';
import { sendToBackground } from '@/lib/messaging/client';

const SORT_LABELS: Record<InboxSort, MessageKey> = {
  newest: 'inboxSortNewest',
  oldest: 'inboxSortOldest',
  author: 'inboxSortAuthor',
  network: 'inboxSortNetwork',
  status: 'inboxSortStatus',
};
const UNASSIGNED = '\u0000none';

function statusValue(query: InboxQuery): string {
  const statuses = query.statuses ?? [];
  if (statuses.length === 0) return 'all';
  if (statuses.length === OPEN_STATUSES.length && OPEN_STATUSES.every((s) => statuses.includes(s))) return 'open';
  return statuses[0] ?? 'all';
}

/** A local date (yyyy-mm-dd) as the UTC milliseconds of its midnight; `next` gives the day after. */
function dayStart(value: string, next = false): number | undefined {
  if (!value) return undefined;
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + (next ? 1 : 0)).getTime();
}

function dayValue(ms: number | undefined, previous = false): string {
  if (ms === undefined) return '';
  const date = new Date(ms - (previous ? 1 : 0));
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

interface Props {
  state: InboxState;
  tags: readonly string[];
  assignees: readonly string[];
}

/** Search, filters and sort of the inbox; every change is a new query. */
export function InboxFilters({ state, tags, assignees }: Props) {
  const { t } = useAppState();
  const query = state.query.value;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // "Assigned to me": me is the user signed in to the team (Settings → Team).
  const me = useSignal<string | null>(null);
  useEffect(() => {
    void sendToBackground('teamStatus', {})
      .then((status) => (me.value = status.connection?.user ?? null))
      .catch(() => undefined);
  }, []);
  const set = (patch: Partial<InboxQuery>) => {
    state.query.value = { ...state.query.peek(), ...patch };
  };
  const onSearch = (value: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => set({ search: value || undefined }), 150);
  };
  const onStatus = (value: string) =>
    set({
      statuses:
        value === 'all'
          ? undefined
          : value === 'open'
            ? [...OPEN_STATUSES]
            : [value as (typeof INBOX_STATUSES)[number]],
    });
  return (
    <div class="inbox-filters">
      <input
        type="search"
        class="inbox-search"
        aria-label={t('inboxSearch')}
        placeholder={t('inboxSearchPlaceholder')}
        defaultValue={query.search ?? ''}
        onInput={(event) => onSearch(event.currentTarget.value)}
      />
      <div class="inbox-filters__row">
        <select
          aria-label={t('inboxFilterNetwork')}
          value={query.network ?? ''}
          onChange={(e) => set({ network: (e.currentTarget.value || undefined) as InboxQuery['network'] })}
        >
          <option value="">{t('inboxAllNetworks')}</option>
          <NetworkOptions />
        </select>
        <select
          aria-label={t('inboxFilterStatus')}
          value={statusValue(query)}
          onChange={(e) => onStatus(e.currentTarget.value)}
        >
          <option value="open">{t('inboxStatusOpen')}</option>
          <option value="all">{t('inboxStatusAll')}</option>
          {INBOX_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(STATUS_LABELS[status])}
            </option>
          ))}
        </select>
        <select
          aria-label={t('inboxFilterSentiment')}
          value={query.sentiment ?? ''}
          onChange={(e) => set({ sentiment: (e.currentTarget.value || undefined) as InboxQuery['sentiment'] })}
        >
          <option value="">{t('inboxAllSentiments')}</option>
          {SENTIMENTS.map((sentiment) => (
            <option key={sentiment} value={sentiment}>
              {t(SENTIMENT_LABELS[sentiment])}
            </option>
          ))}
        </select>
        <select
          aria-label={t('inboxFilterTag')}
          value={query.tag ?? ''}
          onChange={(e) => set({ tag: e.currentTarget.value || undefined })}
        >
          <option value="">{t('inboxAllTags')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        {me.value && (
          <button
            type="button"
            aria-pressed={query.assignee === me.value}
            onClick={() => set({ assignee: query.assignee === me.value ? undefined : (me.value ?? undefined) })}
          >
            {t('teamMine')}
          </button>
        )}
        <select
          aria-label={t('inboxFilterAssignee')}
          value={query.assignee === '' ? UNASSIGNED : (query.assignee ?? '')}
          onChange={(e) => {
            const value = e.currentTarget.value;
            set({ assignee: value === UNASSIGNED ? '' : value || undefined });
          }}
        >
          <option value="">{t('inboxAllAssignees')}</option>
          <option value={UNASSIGNED}>{t('inboxUnassigned')}</option>
          {assignees.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <select
          aria-label={t('inboxSort')}
          value={query.sort ?? 'newest'}
          onChange={(e) => set({ sort: e.currentTarget.value as InboxSort })}
        >
          {INBOX_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(SORT_LABELS[sort])}
            </option>
          ))}
        </select>
        <label class="inbox-date">
          <span>{t('inboxFrom')}</span>
          <input
            type="date"
            value={dayValue(query.from)}
            onChange={(e) => set({ from: dayStart(e.currentTarget.value) })}
          />
        </label>
        <label class="inbox-date">
          <span>{t('inboxTo')}</span>
          <input
            type="date"
            value={dayValue(query.to, true)}
            onChange={(e) => set({ to: dayStart(e.currentTarget.value, true) })}
          />
        </label>
      </div>
    </div>
  );
}
