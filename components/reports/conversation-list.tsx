import { useAppState } from '@/components/state/app-state';
import type { InboxItem } from '@/lib/inbox/item';
import { NETWORK_NAMES } from '@/lib/networks';

/** Conversations quoted in a report or digest: who, where, when, the text (as text) and the link. */
export function ConversationList({ items, testId }: { items: readonly InboxItem[]; testId: string }) {
  const { locale } = useAppState();
  const date = new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ul class="notable-list">
      {items.map((item) => (
        <li key={item.id} class="notable" data-testid={testId}>
          <p class="muted">
            {item.authorName} · {NETWORK_NAMES[item.network]} · {date.format(item.capturedAt)}
          </p>
          <blockquote>{item.text}</blockquote>
          <a href={item.permalink} target="_blank" rel="noopener noreferrer">
            {item.permalink}
          </a>
        </li>
      ))}
    </ul>
  );
}
