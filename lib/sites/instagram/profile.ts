/**
 * Instagram's profile page (instagram.com/<user>/): the header's counts are links to
 * /<user>/followers/ and /<user>/following/ holding the rounded number, the exact one in a
 * `title` ("12.3K" / title "12,345"); the 2026 layout prints "12.3K followers" as text. The first
 * load also serves `og:description` ("12,345 Followers, 56 Following, 78 Posts - See Instagram
 * photos and videos from Acme (@acme)"), used when it names this profile.
 */
import { describedCounts, labelledCount, linkCount } from '@/lib/sites/shared/profile-counts';
import { pageUrl } from '@/lib/sites/shared/urls';
import type { ProfileStats } from '@/lib/sites/types';

const NOT_PROFILES = new Set([
  'p',
  'reel',
  'reels',
  'explore',
  'direct',
  'accounts',
  'stories',
  'tv',
  'about',
  'legal',
]);

function profileUser(doc: Document): string | undefined {
  const parts = (pageUrl(doc)?.pathname ?? '').split('/').filter(Boolean);
  const [user, tab] = parts;
  if (!user || NOT_PROFILES.has(user.toLowerCase()) || !/^[\w.]{1,30}$/.test(user)) return undefined;
  // The profile's own tabs (/acme/reels/, /acme/tagged/) still show its header.
  if (tab && !['reels', 'tagged', 'saved', 'followers', 'following'].includes(tab.toLowerCase())) return undefined;
  return user;
}

export function instagramProfileStats(doc: Document): ProfileStats | null {
  const handle = profileUser(doc);
  if (!handle) return null;
  const header = doc.querySelector('main header') ?? doc.querySelector('header');
  const followers = linkCount(doc, [`/${handle}/followers`]) ?? labelledCount(header, 'followers') ?? null;
  if (followers === null) {
    const described = describedCounts(doc, handle);
    return described ? { handle, ...described } : null;
  }
  const following = linkCount(doc, [`/${handle}/following`]) ?? labelledCount(header, 'following');
  const posts = labelledCount(header, 'posts');
  return {
    handle,
    followers,
    ...(following !== null ? { following } : {}),
    ...(posts !== null ? { posts } : {}),
  };
}
