import { useAppState } from '@/components/state/app-state';
import { useStoreQuery } from '@/components/state/use-store-query';
import type { InboxItem } from '@/lib/inbox/item';
import { sendToBackground } from '@/lib/messaging/client';
import { NETWORK_NAMES } from '@/lib/networks';

/** The popup's last five captures, live. */
export function RecentCaptures() {
  const { t, locale } = useAppState();
  const { data } = useStoreQuery(['inbox'], () =>
    sendToBackground('listInbox', { limit: 5 }).then((reply) => reply.items as InboxItem[]),
  );
  const items = data.value;
  if (!items) return null;
  const time = new Intl.DateTimeFormat(locale.value, { timeStyle: 'short', dateStyle: 'short' });
  return (
    <section aria-labelledby="recent-heading" class="recent">
      <h2 id="recent-heading">{t('popupRecent')}</h2>
      {items.length === 0 ? (
        <p class="muted">{t('popupRecentNone')}</p>
      ) : (
        <ul class="recent__list" data-testid="recent-captures">
          {items.map((item) => (
            <li key={item.id} class="recent__item">
              <span class="recent__meta">
                <span class="network-tag">{NETWORK_NAMES[item.network]}</span> <strong>{item.authorName}</strong>{' '}
                <time class="muted" dateTime={new Date(item.capturedAt).toISOString()}>
                  {time.format(item.capturedAt)}
                </time>
              </span>
              <span class="recent__text">{item.text}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
