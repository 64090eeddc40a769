import type { InboxState } from '@/components/inbox/inbox-state';
import type { InboxPatch } from '@/lib/db/inbox-triage';
import type { InboxItem } from '@/lib/inbox/item';
import { sendToBackground } from '@/lib/messaging/client';

/** The items an action applies to: the selection when there is one, else the item under the cursor. */
export function targetIds(state: InboxState): string[] {
  if (state.selected.peek().size > 0) return [...state.selected.peek()];
  const item = state.itemAt(state.active.peek());
  return item ? [item.id] : [];
}

/** Applies a change to the given items; the store revision then refreshes every view. */
export async function updateItems(ids: readonly string[], patch: InboxPatch): Promise<number> {
  if (ids.length === 0) return 0;
  const { changed } = await sendToBackground('updateInboxItems', { ids: [...ids], patch });
  return changed;
}

/** Applies a bulk change to the selection (or the cursor's item) and clears the selection. */
export async function updateTargets(state: InboxState, patch: InboxPatch): Promise<number> {
  const changed = await updateItems(targetIds(state), patch);
  state.selected.value = new Set();
  return changed;
}

export function toggleSelected(state: InboxState, id: string): void {
  const next = new Set(state.selected.peek());
  if (next.has(id)) next.delete(id);
  else next.add(id);
  state.selected.value = next;
}

/** Selects every item the current query matches, not only the rows on screen. */
export async function selectAllMatching(state: InboxState): Promise<void> {
  const { ids } = await sendToBackground('queryInboxIds', { query: state.query.peek() });
  state.selected.value = new Set(ids);
}

export function startReply(item: Pick<InboxItem, 'id'>) {
  return sendToBackground('startInboxReply', { id: item.id });
}

export function markAnswered(item: Pick<InboxItem, 'id'>) {
  return sendToBackground('markInboxAnswered', { id: item.id, via: 'panel' });
}

export function takePrivate(item: Pick<InboxItem, 'id'>) {
  return sendToBackground('takeInboxPrivate', { id: item.id });
}
