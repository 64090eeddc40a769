import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { SENTIMENT_LABELS, STATUS_LABELS } from '@/components/inbox/badges';
import { markAnswered, startReply, takePrivate, updateItems } from '@/components/inbox/inbox-actions';
import { NoteField } from '@/components/inbox/note-field';
import { lazyComponent } from '@/components/lazy';
import { useAppState } from '@/components/state/app-state';
import { useStoreQuery } from '@/components/state/use-store-query';
import { INBOX_STATUSES, type InboxItem, SENTIMENTS } from '@/lib/inbox/item';
import { sendToBackground } from '@/lib/messaging/client';
import { NETWORK_NAMES } from '@/lib/networks';

/** Report and forward actions load with the first item opened, not with the side panel. */
const ItemReportActions = lazyComponent(() =>
  import('@/components/inbox/report-actions').then((module) => module.ItemReportActions),
);

export type DetailField = 'assignee' | 'tag' | 'status' | null;

interface Props {
  id: string;
  team: readonly string[];
  focusField: DetailField;
  onClose: () => void;
}

function minutes(ms: number): string {
  return String(Math.max(0, Math.round(ms / 60_000)));
}

/** One item in full: the post (as text), links, triage fields and the reply actions. */
export function ItemDetail({ id, team, focusField, onClose }: Props) {
  const { t, locale } = useAppState();
  const { data } = useStoreQuery(['inbox'], () =>
    sendToBackground('getInboxItems', { ids: [id] }).then((reply) => (reply.items[0] as InboxItem | undefined) ?? null),
  );
  const newTag = useSignal('');
  const heading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    const target = focusField ? root.current?.querySelector<HTMLElement>(`#detail-${focusField}`) : heading.current;
    target?.focus();
  }, [data.value === undefined, focusField]);

  const item = data.value;
  if (item === undefined) return null;
  if (item === null) return <p role="alert">{t('inboxItemGone')}</p>;
  const patch = (change: Parameters<typeof updateItems>[1]) => void updateItems([item.id], change);
  const time = new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section
      ref={root}
      class="item-detail"
      role="dialog"
      aria-labelledby="detail-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header class="item-detail__head">
        <button type="button" onClick={onClose}>
          {t('inboxBack')}
        </button>
        <h3 id="detail-heading" ref={heading} tabIndex={-1}>
          {item.authorName} <span class="muted">{item.authorHandle}</span>
        </h3>
      </header>
      <p class="muted">
        {NETWORK_NAMES[item.network]} · {t('inboxCapturedOn', [time.format(item.capturedAt)])}
        {item.publishedAt && ` · ${t('inboxPublishedOn', [time.format(new Date(item.publishedAt))])}`}
      </p>
      <blockquote class="item-detail__text" data-testid="detail-text">
        {item.text}
      </blockquote>
      <p class="actions">
        <a href={item.permalink} target="_blank" rel="noopener noreferrer">
          {t('inboxOpenPost')}
        </a>
        {item.authorUrl && (
          <a href={item.authorUrl} target="_blank" rel="noopener noreferrer">
            {t('inboxOpenAuthor')}
          </a>
        )}
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void startReply(item)}>
          {t('inboxReply')}
        </button>
        <button type="button" onClick={() => void markAnswered(item)} disabled={item.status === 'answered'}>
          {t('inboxMarkAnswered')}
        </button>
        <button type="button" onClick={() => void takePrivate(item)}>
          {t('inboxTakePrivate')}
        </button>
        <button type="button" onClick={() => patch({ status: 'archived' })} disabled={item.status === 'archived'}>
          {t('inboxArchive')}
        </button>
      </div>
      <ItemReportActions item={item} />
      <ul class="item-detail__facts">
        {item.replyStartedAt && <li>{t('inboxReplyStarted', [time.format(item.replyStartedAt)])}</li>}
        {item.answeredAt !== undefined && (
          <li data-testid="response-time">{t('inboxResponseTime', [minutes(item.answeredAt - item.capturedAt)])}</li>
        )}
        {item.movedToPrivateAt && (
          <li data-testid="moved-private">{t('inboxMovedPrivate', [time.format(item.movedToPrivateAt)])}</li>
        )}
      </ul>
      <div class="item-detail__fields">
        <label class="field">
          <span>{t('inboxFilterStatus')}</span>
          <select
            id="detail-status"
            value={item.status}
            onChange={(e) => patch({ status: e.currentTarget.value as InboxItem['status'] })}
          >
            {INBOX_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(STATUS_LABELS[status])}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>
            {t('inboxFilterSentiment')}{' '}
            {item.sentimentSource === 'suggested' && <span class="muted">({t('inboxSentimentSuggested')})</span>}
          </span>
          <select
            id="detail-sentiment"
            value={item.sentiment ?? ''}
            onChange={(e) => patch({ sentiment: e.currentTarget.value as (typeof SENTIMENTS)[number] })}
          >
            {!item.sentiment && <option value="">—</option>}
            {SENTIMENTS.map((sentiment) => (
              <option key={sentiment} value={sentiment}>
                {t(SENTIMENT_LABELS[sentiment])}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('inboxAssignee')}</span>
          <input
            id="detail-assignee"
            list="detail-team"
            defaultValue={item.assignee ?? ''}
            key={`assignee-${item.assignee ?? ''}`}
            onChange={(e) => patch({ assignee: e.currentTarget.value })}
          />
          <datalist id="detail-team">
            {team.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </label>
        <fieldset class="field">
          <legend>{t('inboxTags')}</legend>
          <ul class="chip-list" aria-label={t('inboxTags')}>
            {item.tags.map((tag) => (
              <li key={tag} class="chip">
                {tag}
                <button
                  type="button"
                  aria-label={t('inboxRemoveTag', [tag])}
                  onClick={() => patch({ removeTags: [tag] })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <form
            class="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (newTag.value.trim()) patch({ addTags: [newTag.value.trim()] });
              newTag.value = '';
            }}
          >
            <input
              id="detail-tag"
              aria-label={t('inboxNewTag')}
              placeholder={t('inboxNewTag')}
              value={newTag.value}
              onInput={(e) => (newTag.value = e.currentTarget.value)}
            />
            <button type="submit">{t('inboxAddTag')}</button>
          </form>
        </fieldset>
        <NoteField
          key={`notes-${item.notes ?? ''}`}
          itemId={item.id}
          label={item.authorName || item.authorHandle}
          saved={item.notes ?? ''}
          onSave={(notes) => updateItems([item.id], { notes })}
        />
      </div>
    </section>
  );
}
