import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { connectEditDrafts, discardEditDraft } from '@/components/drafts/edit-drafts';
import { useAppState } from '@/components/state/app-state';
import type { EditDraft, EditDraftKind } from '@/lib/drafts/edit-draft';

/**
 * The unsaved edits of one kind, offered back when the panel opens again: each says what it is
 * and when it was last typed, with Resume (the editor opens with it) and Discard. `hidden`: the
 * key of a draft whose editor is open now (it is not offered while it is being edited).
 */
export function DraftNotice({
  kind,
  hidden,
  onResume,
}: {
  kind: EditDraftKind;
  hidden?: string | null;
  onResume: (draft: EditDraft) => void;
}) {
  const { t, locale } = useAppState();
  const drafts = useSignal<EditDraft[]>([]);
  useEffect(() => connectEditDrafts(kind, (list) => (drafts.value = list)), [kind]);
  const shown = drafts.value.filter((draft) => draft.key !== hidden);
  if (shown.length === 0) return null;
  const when = new Intl.DateTimeFormat(locale.value, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <ul class="draft-notice" aria-label={t('draftNoticeLabel')} data-testid={`drafts-${kind}`}>
      {shown.map((draft) => (
        <li key={draft.key} class="notice">
          <span>{t('draftNoticeText', [draft.label || t('draftNoticeUntitled'), when.format(draft.savedAt)])}</span>{' '}
          <button type="button" class="primary" onClick={() => onResume(draft)}>
            {t('draftResume')}
          </button>{' '}
          <button type="button" onClick={() => void discardEditDraft(draft.key)}>
            {t('draftDiscard')}
          </button>
        </li>
      ))}
    </ul>
  );
}
