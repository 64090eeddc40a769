import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { connectEditDrafts, useEditDraft } from '@/components/drafts/edit-drafts';
import { useAppState } from '@/components/state/app-state';
import { draftKey } from '@/lib/drafts/edit-draft';

/**
 * An inbox item’s note. It is saved when the user leaves the field (or presses Ctrl+Enter);
 * until then what is typed is kept as a draft, and a draft kept when the panel closed comes
 * back in the field, said so.
 */
export function NoteField({
  itemId,
  label,
  saved,
  onSave,
}: {
  itemId: string;
  label: string;
  saved: string;
  onSave: (notes: string) => Promise<unknown>;
}) {
  const { t } = useAppState();
  const key = draftKey('inboxNote', itemId);
  const text = useSignal(saved);
  const restored = useSignal(false);
  const kept = useEditDraft(key, 'inboxNote', label, text.value);
  useEffect(
    () =>
      connectEditDrafts('inboxNote', (drafts) => {
        const draft = drafts.find((one) => one.key === key);
        if (draft && typeof draft.value === 'string' && !restored.peek() && draft.value !== text.peek()) {
          text.value = draft.value;
          restored.value = true;
        }
      }),
    [key],
  );
  const commit = async (value: string) => {
    const release = kept.hold();
    try {
      if (value !== saved) await onSave(value);
    } catch (error) {
      release();
      throw error;
    }
    restored.value = false;
    await kept.forget();
    // The field stays open: what is typed next is kept again.
    release();
  };
  return (
    <label class="field">
      <span>{t('inboxNotes')}</span>
      <textarea
        id="detail-notes"
        rows={3}
        value={text.value}
        aria-describedby={restored.value ? 'detail-notes-restored' : undefined}
        onInput={(e) => (text.value = e.currentTarget.value)}
        // Leaving the field saves (a restored draft too, which no keystroke has changed yet).
        onBlur={(e) => void commit(e.currentTarget.value).catch(() => undefined)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void commit(e.currentTarget.value).catch(() => undefined);
        }}
      />
      {restored.value && (
        <small id="detail-notes-restored" class="notice" role="status">
          {t('draftNoteRestored')}
        </small>
      )}
    </label>
  );
}
