import { useSignal, useSignalEffect } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { useAppState } from '@/components/state/app-state';
import { useStoreQuery } from '@/components/state/use-store-query';
import type { InboxItem } from '@/lib/inbox/item';
import { sendToBackground } from '@/lib/messaging/client';

/**
 * A toast in a polite live region: says out loud (and shows) a capture that arrives while the page
 * is open, from any tab. The region is always in the page, so screen readers hear its changes.
 */
export function CaptureAnnouncer() {
  const { t } = useAppState();
  const newest = useStoreQuery(['inbox'], () => sendToBackground('listInbox', { limit: 1 }));
  const message = useSignal<string | null>(null);
  /** The newest item when the page opened or last announced: undefined until the first answer. */
  const known = useRef<string | null | undefined>(undefined);
  useSignalEffect(() => {
    const items = newest.data.value?.items as InboxItem[] | undefined;
    if (!items) return;
    const item = items[0];
    const id = item?.id ?? null;
    if (known.current !== undefined && item && id !== known.current) {
      message.value = t('announceCaptured', [item.authorName || item.authorHandle]);
    }
    known.current = id;
  });
  return (
    // A polite live region without the status role: the page's own status messages keep theirs.
    <div class="toast-region" aria-live="polite" data-testid="announcer">
      {message.value && (
        <div class="toast">
          <span>{message.value}</span>
          <button type="button" class="link" onClick={() => (message.value = null)}>
            {t('announceDismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
