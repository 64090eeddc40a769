import type { InboxItem } from '@/lib/db/records';
import { sendToBackground } from '@/lib/messaging/client';
import { NETWORK_NAMES } from '@/lib/networks';
import { EmptyState } from '../empty-state';
import { useAppState } from '../state/app-state';
import { useStoreQuery } from '../state/use-store-query';

const PAGE = 200;

export function InboxView() {
  const { t, tCount, locale } = useAppState();
  const { data, error } = useStoreQuery(['inbox'], () =>
    sendToBackground('listInbox', { limit: PAGE }).then((reply) => reply.items as InboxItem[]),
  );
  if (error.value) return <p role="alert">{t('errorBackground', [error.value])}</p>;
  const items = data.value;
  if (!items) return null;
  if (items.length === 0) return <EmptyState title="inboxEmptyTitle" body="inboxEmptyBody" />;
  const time = new Intl.DateTimeFormat(locale.value, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">
        {t('navInbox')}{' '}
        <span class="count">{tCount({ one: 'inboxCountOne', other: 'inboxCountOther' }, items.length)}</span>
      </h2>
      <ul class="inbox-list">
        {items.map((item) => (
          <li key={item.id} class="inbox-item" data-network={item.network}>
            <div class="inbox-item__meta">
              <span class="network-tag">{NETWORK_NAMES[item.network]}</span>
              <strong>{item.authorName}</strong> <span class="muted">{item.authorHandle}</span>
              <time class="muted" dateTime={new Date(item.capturedAt).toISOString()}>
                {time.format(item.capturedAt)}
              </time>
            </div>
            <p class="inbox-item__text">{item.text}</p>
            <a href={item.permalink} target="_blank" rel="noopener noreferrer">
              {t('inboxOpenPost')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
