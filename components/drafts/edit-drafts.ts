import { useEffect, useRef } from 'preact/hooks';
import type { EditDraft, EditDraftKind } from '@/lib/drafts/edit-draft';
import { readEditDrafts, watchEditDrafts } from '@/lib/drafts/store';
import { sendToBackground } from '@/lib/messaging/client';

/** How long typing pauses before the draft is kept (each keystroke is not a write). */
export const DRAFT_DELAY_MS = 400;

/**
 * Keeps an editor's unsaved state as a draft while the user types: the first value (what the
 * editor opened with) is not a draft; every change after it is kept, DRAFT_DELAY_MS after the
 * last one. Returns `forget`, to call when the record is saved or the edit is cancelled, and
 * `hold`, for the time a save is in flight.
 */
export function useEditDraft(
  key: string,
  kind: EditDraftKind,
  label: string,
  value: unknown,
): { forget: () => Promise<void>; hold: () => () => void } {
  const first = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const done = useRef(false);
  /** The save waiting for typing to pause, if any. */
  const pending = useRef<(() => void) | null>(null);
  const serialized = JSON.stringify(value);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const save = () => {
      pending.current = null;
      if (!done.current) void sendToBackground('saveEditDraft', { key, kind, label, value }).catch(() => undefined);
    };
    pending.current = save;
    timer.current = setTimeout(save, DRAFT_DELAY_MS);
    return () => clearTimeout(timer.current);
    // The serialized value says when it changed; key, kind and label travel with it.
  }, [serialized]);
  // The editor goes away (another section, another item) before typing paused: keep the last keys too.
  useEffect(() => () => pending.current?.(), []);
  return {
    /** While the record is being saved: no draft is written (the editor may close on success); returns the release. */
    hold: () => {
      done.current = true;
      clearTimeout(timer.current);
      pending.current = null;
      return () => {
        done.current = false;
      };
    },
    forget: async () => {
      done.current = true;
      clearTimeout(timer.current);
      await sendToBackground('discardEditDraft', { key }).catch(() => undefined);
    },
  };
}

/** Follows the stored drafts of one kind; returns the unwatch. */
export function connectEditDrafts(kind: EditDraftKind, onChange: (drafts: EditDraft[]) => void): () => void {
  const ofKind = (drafts: EditDraft[]) => onChange(drafts.filter((draft) => draft.kind === kind));
  void readEditDrafts().then(ofKind);
  return watchEditDrafts(ofKind);
}

export function discardEditDraft(key: string): Promise<unknown> {
  return sendToBackground('discardEditDraft', { key });
}
