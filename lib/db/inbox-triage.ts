/**
 * The user's triage of inbox items: status, tags, assignee, notes, sentiment, and the reply and
 * "take it private" bookkeeping. Each change and its audit event are one transaction.
 */
import { type IDBPDatabase, unwrap } from 'idb';
import type { AuditEvent } from '@/lib/audit/event';
import type { CompanionDB } from '@/lib/db/schema';
import type { InboxItem } from '@/lib/inbox/item';

type DB = IDBPDatabase<CompanionDB>;

export interface InboxPatch {
  status?: InboxItem['status'];
  /** Replaces the tags. */
  tags?: string[];
  addTags?: string[];
  removeTags?: string[];
  /** The empty string unassigns. */
  assignee?: string;
  notes?: string;
  /** A user's choice: it wins over the lexicon's suggestion from then on. */
  sentiment?: NonNullable<InboxItem['sentiment']>;
  /** Adds the item to the report's notable conversations, or takes it out. */
  inReport?: boolean;
}

function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))];
}

function answered(item: InboxItem, at: number): InboxItem {
  return { ...item, status: 'answered', answeredAt: item.answeredAt ?? at };
}

function replyEvent(item: InboxItem, at: number, via: string): AuditEvent {
  return {
    at,
    type: 'reply',
    network: item.network,
    data: { itemId: item.id, responseMs: (item.answeredAt ?? at) - item.capturedAt, via },
  };
}

/** Applies one patch to one item; pure, so bulk and single edits behave the same. */
export function patchItem(item: InboxItem, patch: InboxPatch, now: number): InboxItem {
  let next: InboxItem = { ...item, updatedAt: now };
  if (patch.tags) next.tags = cleanTags(patch.tags);
  if (patch.addTags) next.tags = cleanTags([...next.tags, ...patch.addTags]);
  if (patch.removeTags) next.tags = next.tags.filter((tag) => !patch.removeTags?.includes(tag));
  if (patch.assignee !== undefined) {
    const assignee = patch.assignee.trim();
    if (assignee) next.assignee = assignee;
    else delete next.assignee;
  }
  if (patch.notes !== undefined) next.notes = patch.notes;
  if (patch.inReport === true) next.inReport = true;
  else if (patch.inReport === false) delete next.inReport;
  if (patch.sentiment) next = { ...next, sentiment: patch.sentiment, sentimentSource: 'user' };
  if (patch.status === 'answered') next = answered(next, now);
  else if (patch.status) {
    next.status = patch.status;
    // Reopened: the next answer sets a new response time. Archiving keeps the one measured.
    if (patch.status !== 'archived') delete next.answeredAt;
  }
  return next;
}

/** Whether the patch changed the item, its edit time aside (tags are the one list field). */
export function patchChanged(before: InboxItem, after: InboxItem): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof InboxItem)[]);
  keys.delete('updatedAt');
  for (const key of keys) {
    const was = before[key];
    const is = after[key];
    if (Array.isArray(was) && Array.isArray(is)) {
      if (was.length !== is.length || was.some((value, at) => value !== is[at])) return true;
    } else if (was !== is) return true;
  }
  return false;
}

/** Applies a patch to several items at once; returns how many changed. */
export async function updateInboxItems(
  db: DB,
  ids: readonly string[],
  patch: InboxPatch,
  now: number,
): Promise<number> {
  return (await patchInboxItems(db, ids, patch, now)).length;
}

/**
 * The same, resolving to the items as written. Every read, then every write, is issued at once in
 * one transaction, then the store is told to commit at once: `whileCommitting` runs meanwhile
 * (IndexedDB commits in another process), and the call settles once both are done. A bulk change
 * of 10,000 items is two batches of requests, not 20,000 round trips. An item the patch leaves as
 * it was (archiving an archived item) is not written: its edit time does not move, so the team's
 * merge and the views see no edit, and the store commits only the real changes.
 */
export async function patchInboxItems(
  db: DB,
  ids: readonly string[],
  patch: InboxPatch,
  now: number,
  whileCommitting?: (written: readonly InboxItem[]) => Promise<void>,
): Promise<InboxItem[]> {
  const tx = db.transaction(['inbox', 'events'], 'readwrite');
  const store = tx.objectStore('inbox');
  const events = tx.objectStore('events');
  const found = (await Promise.all(ids.map((id) => store.get(id)))).filter((item) => item !== undefined);
  const changes = found.flatMap((item) => {
    const next = patchItem(item, patch, now);
    return patchChanged(item, next) ? [{ item, next }] : [];
  });
  const written = changes.map(({ next }) => next);
  const writes = Promise.all([
    ...written.map((next) => store.put(next)),
    ...changes.flatMap(({ item, next }) =>
      next.status === 'answered' && item.status !== 'answered' ? [events.add(replyEvent(next, now, 'triage'))] : [],
    ),
  ]);
  try {
    unwrap(tx).commit();
  } catch {
    // Aborted already (a write was refused): tx.done carries the error.
  }
  await Promise.all([writes, tx.done, whileCommitting?.(written)]);
  return written;
}

/**
 * Marks an item answered (once): records answeredAt, a `reply` event and the response time.
 * `id` is the item's id or its `network:postId` key.
 */
export async function markAnswered(
  db: DB,
  id: string,
  at: number,
  via: string,
): Promise<{ responseMs: number; already: boolean } | null> {
  const tx = db.transaction(['inbox', 'events'], 'readwrite');
  const store = tx.objectStore('inbox');
  // A content script knows the post (`network:postId`), not our id.
  const item = (await store.get(id)) ?? (await store.index('byKey').get(id));
  if (!item) return null;
  const already = item.status === 'answered' && item.answeredAt !== undefined;
  const next = already ? item : { ...answered(item, at), updatedAt: at };
  if (!already) {
    await tx.objectStore('inbox').put(next);
    await tx.objectStore('events').add(replyEvent(next, at, via));
  }
  await tx.done;
  return { responseMs: (next.answeredAt ?? at) - next.capturedAt, already };
}

/** Records a step of the reply flow on the item, with its audit event. */
export async function recordReplyStep(
  db: DB,
  id: string,
  step: 'reply-start' | 'private',
  at: number,
): Promise<InboxItem | null> {
  const tx = db.transaction(['inbox', 'events'], 'readwrite');
  const item = await tx.objectStore('inbox').get(id);
  if (!item) return null;
  const next: InboxItem = {
    ...item,
    updatedAt: at,
    // Someone is on it: a new item becomes "to answer".
    status: item.status === 'new' ? 'to-answer' : item.status,
    ...(step === 'reply-start' ? { replyStartedAt: at } : { movedToPrivateAt: at }),
  };
  await tx.objectStore('inbox').put(next);
  await tx.objectStore('events').add({ at, type: step, network: item.network, data: { itemId: id } });
  await tx.done;
  return next;
}
