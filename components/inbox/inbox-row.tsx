import { SentimentBadge, StatusBadge } from '@/components/inbox/badges';
import type { InboxItem } from '@/lib/inbox/item';
import { NETWORK_NAMES } from '@/lib/networks';

interface Props {
  item: InboxItem | undefined;
  index: number;
  active: boolean;
  selected: boolean;
  time: Intl.DateTimeFormat;
  onToggle: () => void;
  onOpen: () => void;
}

/** One inbox row: who, where, when, status, sentiment and the start of the text (always as text). */
export function InboxRow({ item, index, active, selected, time, onToggle, onOpen }: Props) {
  if (!item) {
    return (
      <div class="inbox-item is-loading" aria-hidden="true">
        <span class="muted">…</span>
      </div>
    );
  }
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the list's own keys (j/k, Enter, x) drive rows.
    <div
      id={`inbox-row-${index}`}
      role="option"
      aria-selected={selected}
      aria-current={active ? 'true' : undefined}
      class={`inbox-item${active ? ' is-active' : ''}${selected ? ' is-selected' : ''} status-${item.status}`}
      data-network={item.network}
      data-id={item.id}
      tabIndex={-1}
      onClick={onOpen}
    >
      {/* The mouse's way to select. Keyboards press x, and screen readers hear the option's own
          aria-selected: a drawn box, not a control nested in the option. */}
      <span
        class={`inbox-item__check${selected ? ' is-checked' : ''}`}
        aria-hidden="true"
        data-testid="inbox-row-check"
        onClick={(event) => {
          event.stopPropagation();
          onToggle();
        }}
      />
      <div class="inbox-item__body">
        <div class="inbox-item__meta">
          <span class="network-tag">{NETWORK_NAMES[item.network]}</span>
          <strong class="inbox-item__author">{item.authorName}</strong>
          <StatusBadge status={item.status} />
          {item.sentiment && <SentimentBadge sentiment={item.sentiment} />}
          <time class="muted inbox-item__time" dateTime={new Date(item.capturedAt).toISOString()}>
            {time.format(item.capturedAt)}
          </time>
        </div>
        <p class="inbox-item__text">{item.text}</p>
      </div>
    </div>
  );
}
