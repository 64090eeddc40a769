/**
 * Bluesky's profile page (bsky.app/profile/<handle or did>): the header's metrics are links to
 * /profile/<handle>/followers and /profile/<handle>/follows (testIDs profileHeaderFollowersButton,
 * profileHeaderFollowsButton) holding "<strong>12.3K</strong> followers", then "N posts" as text
 * (sites.md §8: testIDs are data-testid on the web). A did in the address is the profile's id.
 */
import { labelledCount, linkCount } from '@/lib/sites/shared/profile-counts';
import { pageUrl } from '@/lib/sites/shared/urls';
import type { ProfileStats } from '@/lib/sites/types';

function profileName(doc: Document): string | undefined {
  const [route, name, tab] = (pageUrl(doc)?.pathname ?? '').split('/').filter(Boolean);
  if (route !== 'profile' || !name) return undefined;
  // The profile's own tabs keep its header; a post page (/post/<rkey>) or a list does not.
  if (tab && !['replies', 'media', 'likes', 'feed'].includes(tab.toLowerCase())) return undefined;
  return decodeURIComponent(name);
}

export function blueskyProfileStats(doc: Document): ProfileStats | null {
  const handle = profileName(doc);
  if (!handle) return null;
  const base = `/profile/${handle}`;
  const followers =
    linkCount(doc, [`${base}/followers`]) ??
    labelledCount(
      doc.querySelector('[data-testid="profileHeaderFollowersButton"]')?.parentElement ?? null,
      'followers',
    );
  if (followers === null) return null;
  const following = linkCount(doc, [`${base}/follows`]);
  const metrics = doc.querySelector(`a[href="${base}/followers"]`)?.parentElement ?? null;
  const posts = labelledCount(metrics, 'posts');
  return {
    handle,
    followers,
    ...(following !== null ? { following } : {}),
    ...(posts !== null ? { posts } : {}),
    ...(handle.startsWith('did:') ? { id: handle } : {}),
  };
}
