import { storage } from '@wxt-dev/storage';
import { type EditDraft, parseDrafts } from '@/lib/drafts/edit-draft';

/** Unsaved edits of the side panel (see edit-draft.ts). Written by the background only. */
export const editDraftsItem = storage.defineItem<unknown[]>('local:editDrafts', { fallback: [], version: 1 });

export async function readEditDrafts(): Promise<EditDraft[]> {
  return parseDrafts(await editDraftsItem.getValue());
}

/** Changes the drafts as one read-modify-write (the caller serializes it: lib/background/one-writer). */
export async function updateEditDrafts(change: (drafts: EditDraft[]) => EditDraft[]): Promise<EditDraft[]> {
  const next = change(await readEditDrafts());
  await editDraftsItem.setValue(next);
  return next;
}

/** Calls back with the valid drafts on every change, from any context. Returns the unwatch. */
export function watchEditDrafts(callback: (drafts: EditDraft[]) => void): () => void {
  return editDraftsItem.watch((value) => callback(parseDrafts(value)));
}
