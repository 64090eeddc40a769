/**
 * Facebook's profile and Page pages (facebook.com/<vanity>, /profile.php?id=<id>): the header
 * prints "12 k followers" / "1,2 k abonnés" as links to the followers list (…/followers,
 * ?sk=followers) or as plain text; classes are hashed, so the label words are the anchor, read in
 * [role=main]'s header only. The Page's numeric id is in the app-link meta tag
 * (fb://profile/<id>, fb://page/<id>), trusted only when the page's og:url is this address
 * (a stale tag after an in-app navigation names another profile).
 */
import { profileHandle } from '@/lib/sites/facebook/urls';
import { labelledCount } from '@/lib/sites/shared/profile-counts';
import { pageUrl } from '@/lib/sites/shared/urls';
import type { ProfileStats } from '@/lib/sites/types';

/** The stories below the header, whose own numbers are not the profile's. */
const STORIES = '[role="article"], [role="feed"]';

function pageId(doc: Document, handle: string): string | undefined {
  const ogUrl = doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
  if (!ogUrl || profileHandle(ogUrl)?.toLowerCase() !== handle.toLowerCase()) return undefined;
  const appLink = doc.querySelector('meta[property="al:android:url"], meta[property="al:ios:url"]');
  const match = /^fb:\/\/(?:profile|page)\/(?:\?id=)?(\d+)/.exec(appLink?.getAttribute('content') ?? '');
  return match?.[1];
}

export function facebookProfileStats(doc: Document): ProfileStats | null {
  const url = pageUrl(doc);
  const handle = url ? profileHandle(url.href) : undefined;
  // A story, a photo or a comment page is not the profile.
  if (!url || !handle || /\/(?:posts|videos|photos?|reel|permalink|story)\b/i.test(url.pathname)) return null;
  const main = doc.querySelector('[role="main"]');
  const followers = labelledCount(main, 'followers', STORIES);
  if (followers === null) return null;
  const following = labelledCount(main, 'following', STORIES);
  const id = /^\d+$/.test(handle) ? handle : pageId(doc, handle);
  return { handle, followers, ...(following !== null ? { following } : {}), ...(id ? { id } : {}) };
}
