/**
 * A Reddit profile (reddit.com/user/<name>/, /u/<name>/): the profile sidebar prints its counts
 * as `<faceplate-number number="1234">1.2K</faceplate-number>` beside a localized label
 * ("followers", "abonnés"); shreddit's attributes are its stable API (sites.md §6.5).
 */
import { labelledCount } from '@/lib/sites/shared/profile-counts';
import { pageUrl } from '@/lib/sites/shared/urls';
import type { ProfileStats } from '@/lib/sites/types';

function profileName(doc: Document): string | undefined {
  const [route, name, tab] = (pageUrl(doc)?.pathname ?? '').split('/').filter(Boolean);
  if (!(route === 'user' || route === 'u') || !name) return undefined;
  if (tab && !['submitted', 'comments', 'overview'].includes(tab.toLowerCase())) return undefined;
  return /^[\w-]{1,30}$/.test(name) ? name : undefined;
}

export function redditProfileStats(doc: Document): ProfileStats | null {
  const handle = profileName(doc);
  if (!handle) return null;
  // The profile sidebar, never the posts' own numbers (scores and comment counts).
  const sidebar = doc.querySelector('#right-sidebar-container, [slot="right-sidebar"], aside');
  const followers = labelledCount(sidebar, 'followers');
  return followers === null ? null : { handle, followers };
}
