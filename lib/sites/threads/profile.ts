/**
 * Threads' profile page (threads.com/@<user>): hashed classes, counts only as text ("12.3K
 * followers", the exact number in a `title` when the site gives it) in the header above the
 * posts (sites.md §9.5); the first load also serves `og:description` ("12.3K Followers • 45 Threads
 * • … @acme"), used when it names this profile.
 */
import { describedCounts, labelledCount } from '@/lib/sites/shared/profile-counts';
import { pageUrl } from '@/lib/sites/shared/urls';
import type { ProfileStats } from '@/lib/sites/types';

function profileUser(doc: Document): string | undefined {
  const parts = (pageUrl(doc)?.pathname ?? '').split('/').filter(Boolean);
  const [first, tab] = parts;
  if (!first?.startsWith('@') || (tab && !['replies', 'media', 'reposts'].includes(tab.toLowerCase())))
    return undefined;
  const user = first.slice(1);
  return /^[\w.]{1,30}$/.test(user) ? user : undefined;
}

export function threadsProfileStats(doc: Document): ProfileStats | null {
  const handle = profileUser(doc);
  if (!handle) return null;
  // The header, not the posts below it (every post is a [data-pressable-container]).
  const followers = labelledCount(
    doc.querySelector('[role="main"], main'),
    'followers',
    '[data-pressable-container="true"]',
  );
  if (followers === null) {
    const described = describedCounts(doc, handle);
    return described ? { handle, ...described } : null;
  }
  return { handle, followers };
}
