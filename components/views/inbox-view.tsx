import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CrisisBanner } from '@/components/crisis/crisis-banner';
import { INBOX_CRISIS_FILTER_KEY, useCrisisStatus } from '@/components/crisis/use-crisis';
import { DraftNotice } from '@/components/drafts/draft-notice';
import { EmptyState } from '@/components/empty-state';
import { BulkBar } from '@/components/inbox/bulk-bar';
import { downloadText } from '@/components/inbox/download';
import { HelpOverlay } from '@/components/inbox/help-overlay';
import { toggleSelected } from '@/components/inbox/inbox-actions';
import { InboxFilters } from '@/components/inbox/inbox-filters';
import { handleInboxKey } from '@/components/inbox/inbox-keys';
import { InboxRow } from '@/components/inbox/inbox-row';
import { createInboxState } from '@/components/inbox/inbox-state';
import { type DetailField, ItemDetail } from '@/components/inbox/item-detail';
import { OpinionMapView } from '@/components/inbox/opinion-map-view';
import { VirtualRows } from '@/components/inbox/virtual-rows';
import { CommandKey } from '@/components/onboarding/keys';
import { useCommandKeys } from '@/components/onboarding/use-command-keys';
import { useNavigate } from '@/components/state/navigation';
import { draftKey } from '@/lib/drafts/edit-draft';
import { sendToBackground } from '@/lib/messaging/client';
import { watchStore } from '@/lib/storage/db-revision';
import { inboxTeamItem, readInboxTeam } from '@/lib/storage/inbox-team';
import '@/components/inbox/inbox.css';
import { useAppState } from '@/components/state/app-state';
import { useStoreQuery } from '@/components/state/use-store-query';

const ROW_HEIGHT = 78;

/** Side panel → Inbox: the triage list (virtualized), its filters, bulk actions, keys and detail. */
export function InboxView() {
  const { t, tCount, locale } = useAppState();
  // The first window is asked while the panel draws, not once its first paint is over.
  const [state] = useState(() => {
    const created = createInboxState();
    created.reload([0, 30], false);
    return created;
  });
  const range = useRef<[number, number]>([0, 30]);
  const focusField = useSignal<DetailField>(null);
  const team = useSignal<string[]>([]);
  const exporting = useSignal(false);
  // The filter menus' choices wait for the first rows: on a just-started worker they need the whole index.
  const { data: facets } = useStoreQuery(
    ['inbox'],
    () => state.afterFirstRows.then(() => sendToBackground('inboxFacets', {})),
    300,
  );
  const { data: anyItem } = useStoreQuery(['inbox'], () => sendToBackground('listInbox', { limit: 1 }));
  const keys = useCommandKeys();
  const navigate = useNavigate();
  const { data: crisis } = useCrisisStatus(state.afterFirstRows);
  const crisisItems = crisis.value?.items;
  const toggleCrisisFilter = () => {
    const { crisis: current, ...rest } = state.query.peek();
    state.query.value = current || !crisisItems ? rest : { ...rest, crisis: crisisItems };
  };
  // Opened from the popup's "See the crisis items": the filter goes on once the numbers are here.
  useEffect(() => {
    if (!crisisItems || localStorage.getItem(INBOX_CRISIS_FILTER_KEY) !== '1') return;
    localStorage.removeItem(INBOX_CRISIS_FILTER_KEY);
    if (!state.query.peek().crisis) toggleCrisisFilter();
  }, [crisisItems]);

  useEffect(() => {
    void readInboxTeam().then((names) => (team.value = names));
    return inboxTeamItem.watch(() => void readInboxTeam().then((names) => (team.value = names)));
  }, []);
  // A new query starts at the top; a store change re-reads the rows in view, keeping them meanwhile.
  useEffect(() => {
    let asked = state.query.peek();
    const dispose = state.query.subscribe((query) => {
      // Called at once with the query the first window was asked for.
      if (query === asked) return;
      asked = query;
      state.active.value = 0;
      state.selected.value = new Set();
      state.reload([0, 30], false);
    });
    const unwatch = watchStore('inbox', () => state.reload(range.current, true));
    return () => {
      dispose();
      unwatch();
    };
  }, []);

  const time = useMemo(
    () => new Intl.DateTimeFormat(locale.value, { dateStyle: 'short', timeStyle: 'short' }),
    [locale.value],
  );
  const openDetail = (field: DetailField) => {
    const item = state.itemAt(state.active.peek());
    if (!item) return;
    focusField.value = field;
    state.openId.value = item.id;
  };
  const closeDetail = () => {
    state.openId.value = null;
    document.querySelector<HTMLElement>('.inbox-list')?.focus();
  };
  const exportCsv = async () => {
    exporting.value = true;
    try {
      const { csv, fileName } = await sendToBackground('exportInboxCsv', { query: state.query.peek() });
      downloadText(csv, fileName);
    } finally {
      exporting.value = false;
    }
  };

  if (anyItem.value && anyItem.value.items.length === 0) {
    return (
      <EmptyState title="inboxEmptyTitle" body="inboxEmptyBody">
        <p class="key-line">
          <CommandKey combo={keys.value['capture-post']} /> {t('checklistKeyCapture')}
        </p>
        <button type="button" onClick={() => navigate('settings')}>
          {t('inboxEmptyTrack')}
        </button>
      </EmptyState>
    );
  }
  const total = state.total.value;
  const mapMode = state.mode.value === 'map';
  return (
    <section
      aria-labelledby="inbox-heading"
      class="inbox"
      onKeyDown={(event) => {
        if (state.openId.peek() || state.help.peek() || mapMode) return;
        const handled = handleInboxKey(event, state, {
          openDetail,
          focusSearch: () => document.querySelector<HTMLInputElement>('.inbox-search')?.focus(),
        });
        if (handled) event.preventDefault();
      }}
    >
      <header class="inbox__head">
        <h2 id="inbox-heading">
          {t('navInbox')}{' '}
          {total !== null && !state.counting.value && (
            <span class="count" data-testid="inbox-total">
              {tCount({ one: 'inboxCountOne', other: 'inboxCountOther' }, total)}
            </span>
          )}
        </h2>
        <div class="inbox__tools">
          <button type="button" aria-pressed={!mapMode} onClick={() => (state.mode.value = 'list')}>
            {t('inboxListMode')}
          </button>
          <button type="button" aria-pressed={mapMode} onClick={() => (state.mode.value = 'map')}>
            {t('inboxOpinionMap')}
          </button>
          <button type="button" onClick={() => void exportCsv()} disabled={exporting.value}>
            {t('inboxExportCsv')}
          </button>
          <button type="button" aria-label={t('inboxHelpTitle')} onClick={() => (state.help.value = true)}>
            ?
          </button>
        </div>
      </header>
      <CrisisBanner
        status={crisis.value}
        onSeeItems={toggleCrisisFilter}
        filtering={Boolean(state.query.value.crisis)}
      />
      <DraftNotice
        kind="inboxNote"
        hidden={state.openId.value ? draftKey('inboxNote', state.openId.value) : null}
        onResume={(kept) => {
          focusField.value = null;
          state.openId.value = kept.key.slice('inboxNote:'.length);
        }}
      />
      {mapMode ? (
        <OpinionMapView />
      ) : (
        <>
          <InboxFilters
            state={state}
            tags={facets.value?.tags ?? []}
            assignees={[...new Set([...team.value, ...(facets.value?.assignees ?? [])])]}
          />
          <BulkBar state={state} team={team.value} />
          {state.error.value && <p role="alert">{t('errorBackground', [state.error.value])}</p>}
          {total === 0 && <p class="muted inbox__none">{t('inboxNoMatch')}</p>}
          <VirtualRows
            class="inbox-list"
            role="listbox"
            aria-multiselectable="true"
            aria-label={t('inboxListLabel')}
            aria-activedescendant={total ? `inbox-row-${state.active.value}` : undefined}
            tabIndex={0}
            count={total ?? 0}
            rowHeight={ROW_HEIGHT}
            focusIndex={state.active.value}
            onRange={(first, last) => {
              range.current = [first, last];
              state.ensureRows(first, last);
            }}
            renderRow={(index) => {
              const item = state.itemAt(index);
              return (
                <InboxRow
                  item={item}
                  index={index}
                  time={time}
                  active={index === state.active.value}
                  selected={item ? state.selected.value.has(item.id) : false}
                  onToggle={() => item && toggleSelected(state, item.id)}
                  onOpen={() => {
                    state.active.value = index;
                    openDetail(null);
                  }}
                />
              );
            }}
          />
        </>
      )}
      {state.openId.value && (
        <ItemDetail id={state.openId.value} team={team.value} focusField={focusField.value} onClose={closeDetail} />
      )}
      {state.help.value && <HelpOverlay onClose={() => (state.help.value = false)} />}
    </section>
  );
}
