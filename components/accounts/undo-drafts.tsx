import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useAppState } from '@/components/state/app-state';
import { copyText } from '@/lib/clipboard';
import { displayHandle } from '@/lib/guard/handles';
import type { UndoDraft } from '@/lib/guard/undo';
import { readUndoDrafts, watchUndoDrafts } from '@/lib/guard/undo-store';
import { sendToBackground } from '@/lib/messaging/client';
import { NETWORK_NAMES } from '@/lib/networks';

/**
 * Sends the undo window held when their page was closed or left: nothing went out, the text is
 * here to copy (or delete). Shown only when there is one.
 */
export function UndoDrafts() {
  const { t, locale } = useAppState();
  const drafts = useSignal<UndoDraft[]>([]);
  const copied = useSignal<string | null>(null);
  useEffect(() => {
    void readUndoDrafts().then((value) => {
      drafts.value = value;
    });
    return watchUndoDrafts((value) => {
      drafts.value = value;
    });
  }, []);
  if (drafts.value.length === 0) return null;
  const time = new Intl.DateTimeFormat(locale.value, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section aria-labelledby="undo-drafts" data-testid="undo-drafts">
      <h3 id="undo-drafts">{t('undoDraftsTitle')}</h3>
      <p class="muted">{t('undoDraftsHelp')}</p>
      <ul class="undo-drafts">
        {drafts.value.map((draft) => (
          <li key={draft.id} data-testid="undo-draft">
            <p class="muted">
              {time.format(draft.at)} · {NETWORK_NAMES[draft.network]}
              {draft.handle ? ` · ${displayHandle(draft.handle)}` : ''}
            </p>
            <blockquote class="undo-draft-text">{draft.text}</blockquote>
            <div class="undo-draft-actions">
              <button
                type="button"
                class="primary"
                onClick={() =>
                  void copyText(draft.text).then(() => {
                    copied.value = draft.id;
                  })
                }
              >
                {copied.value === draft.id ? t('undoDraftCopied') : t('undoDraftCopy')}
              </button>
              {/^https:\/\//.test(draft.url) ? (
                <a class="button" href={draft.url} target="_blank" rel="noopener noreferrer">
                  {t('undoDraftOpen')}
                </a>
              ) : null}
              <button type="button" onClick={() => void sendToBackground('dropUndoDraft', { id: draft.id })}>
                {t('undoDraftDelete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
