/** The undo window's drafts in extension storage: written by the background, read by the side panel. */
import { storage } from '@wxt-dev/storage';
import { parseUndoDrafts, type UndoDraft } from '@/lib/guard/undo';

export const undoDraftsItem = storage.defineItem<unknown[]>('local:undoDrafts', { fallback: [], version: 1 });

export async function readUndoDrafts(): Promise<UndoDraft[]> {
  return parseUndoDrafts(await undoDraftsItem.getValue());
}

export async function writeUndoDrafts(drafts: readonly UndoDraft[]): Promise<void> {
  await undoDraftsItem.setValue(parseUndoDrafts(drafts));
}

export function watchUndoDrafts(callback: (drafts: UndoDraft[]) => void): () => void {
  return undoDraftsItem.watch((value) => callback(parseUndoDrafts(value)));
}
