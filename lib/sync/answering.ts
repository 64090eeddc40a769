/**
 * "Léa is answering this": who, other than me, has taken a captured post that is still open. Two
 * CMs of a team then never answer the same comment; once answered or archived, the mark goes.
 */
import type { InboxItem } from '@/lib/inbox/item';

const OPEN: ReadonlySet<InboxItem['status']> = new Set(['new', 'to-answer']);

/** The team member answering this item, or null (no one, me, or no longer open). */
export function answeringBy(item: Pick<InboxItem, 'assignee' | 'status'>, me: string): string | null {
  const assignee = item.assignee?.trim();
  if (!assignee || !OPEN.has(item.status)) return null;
  return assignee.toLocaleLowerCase() === me.trim().toLocaleLowerCase() ? null : assignee;
}
