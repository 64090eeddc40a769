import { startReply, targetIds, toggleSelected, updateTargets } from '@/components/inbox/inbox-actions';
import type { InboxState } from '@/components/inbox/inbox-state';
import type { DetailField } from '@/components/inbox/item-detail';

export interface KeyActions {
  openDetail: (field: DetailField) => void;
  focusSearch: () => void;
}

/**
 * The list's keys (see HelpOverlay): returns true when the key was one of ours. Keys typed in a
 * field are never taken.
 */
export function handleInboxKey(event: KeyboardEvent, state: InboxState, actions: KeyActions): boolean {
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const total = state.total.peek() ?? 0;
  const item = state.itemAt(state.active.peek());
  const bulk = state.selected.peek().size > 0;
  const focusBulk = (id: string) => document.getElementById(id)?.focus();
  switch (event.key) {
    case 'j':
    case 'ArrowDown':
      state.active.value = Math.min(total - 1, state.active.peek() + 1);
      return true;
    case 'k':
    case 'ArrowUp':
      state.active.value = Math.max(0, state.active.peek() - 1);
      return true;
    case 'Home':
      state.active.value = 0;
      return true;
    case 'End':
      state.active.value = Math.max(0, total - 1);
      return true;
    case 'x':
    case ' ':
      if (item) toggleSelected(state, item.id);
      return true;
    case 'Enter':
      if (item) actions.openDetail(null);
      return true;
    case 'e':
      if (targetIds(state).length > 0) void updateTargets(state, { status: 'archived' });
      return true;
    case 'a':
      if (bulk) focusBulk('bulk-assign');
      else if (item) actions.openDetail('assignee');
      return true;
    case 't':
      if (bulk) focusBulk('bulk-tag');
      else if (item) actions.openDetail('tag');
      return true;
    case 's':
      if (bulk) focusBulk('bulk-status');
      else if (item) actions.openDetail('status');
      return true;
    case 'r':
      if (item) void startReply(item);
      return true;
    case '/':
      actions.focusSearch();
      return true;
    case '?':
      state.help.value = true;
      return true;
    case 'Escape':
      if (bulk) state.selected.value = new Set();
      return bulk;
    default:
      return false;
  }
}
