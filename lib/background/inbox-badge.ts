import type { IDBPDatabase } from 'idb';
import { browser } from '@/lib/browser';
import { countWithStatus } from '@/lib/db/inbox-repo';
import type { CompanionDB } from '@/lib/db/schema';
import { watchStore } from '@/lib/storage/db-revision';

/** The badge's text for a count of unread items: empty at zero, capped so it fits. */
export function badgeText(unread: number): string {
  if (unread <= 0) return '';
  return unread > 999 ? '999+' : String(unread);
}

/**
 * Keeps the toolbar badge at the number of unread (status `new`) items: now, and after every
 * inbox write from any context. The count is read from the database each time, never remembered.
 */
export function watchInboxBadge(db: () => Promise<IDBPDatabase<CompanionDB>>): () => void {
  const update = async () => {
    const unread = await countWithStatus(await db(), 'new');
    await browser.action.setBadgeText({ text: badgeText(unread) });
    await browser.action.setBadgeBackgroundColor({ color: '#0b63ce' });
  };
  void update().catch(() => undefined);
  return watchStore('inbox', () => void update().catch(() => undefined));
}
