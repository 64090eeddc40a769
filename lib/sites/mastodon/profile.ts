/**
 * Mastodon's profile page (/@user on its server, /@user@other.host for a remote one): the
 * account header's links to /@user, /@user/following and /@user/followers each hold a short
 * number (<strong>1.2K</strong>) and the exact count in their `title` ("1,234"), labels
 * localized (sites.md §7: `.account__header__extra__links`). The handle is user@host.
 */
import { linkCount } from '@/lib/sites/shared/profile-counts';
import { pageUrl } from '@/lib/sites/shared/urls';
import type { ProfileStats } from '@/lib/sites/types';

export function mastodonProfileStats(doc: Document): ProfileStats | null {
  const url = pageUrl(doc);
  const [first, tab] = (url?.pathname ?? '').split('/').filter(Boolean);
  if (!url || !first?.startsWith('@') || (tab && !['with_replies', 'media', 'tagged', 'featured'].includes(tab))) {
    return null;
  }
  const acct = decodeURIComponent(first.slice(1));
  if (!/^[\w.-]+(?:@[\w.-]+)?$/.test(acct)) return null;
  const handle = acct.includes('@') ? acct : `${acct}@${url.hostname}`;
  const header = doc.querySelector('.account__header') ?? doc;
  const paths = (path: string) => [`/@${acct}${path}`, `/@${handle}${path}`];
  const followers = linkCount(header, paths('/followers'));
  if (followers === null) return null;
  const following = linkCount(header, paths('/following'));
  const posts = linkCount(header, paths(''));
  return {
    handle,
    followers,
    ...(following !== null ? { following } : {}),
    ...(posts !== null ? { posts } : {}),
  };
}
