/**
 * A YouTube channel page (youtube.com/@handle and its tabs, /channel/UC…): the page header
 * (2024+ `yt-page-header-view-model`, its metadata rows "@acme • 1.2M subscribers • 345 videos";
 * older `ytd-c4-tabbed-header-renderer` with `#subscriber-count`) prints the counts as localized
 * text ("1,2 M d’abonnés"). A header naming another @handle is not this channel's.
 */
import { labelledCount } from '@/lib/sites/shared/profile-counts';
import { inlineText } from '@/lib/sites/shared/text';
import { pageUrl } from '@/lib/sites/shared/urls';
import type { ProfileStats } from '@/lib/sites/types';

const HEADERS = 'yt-page-header-view-model, #page-header, ytd-c4-tabbed-header-renderer, #channel-header';

function channelOf(doc: Document): string | undefined {
  const [first, second] = (pageUrl(doc)?.pathname ?? '').split('/').filter(Boolean);
  if (first?.startsWith('@') && first.length > 1) return decodeURIComponent(first.slice(1));
  if (first === 'channel' && second && /^UC[\w-]{22}$/.test(second)) return second;
  return undefined;
}

export function youtubeProfileStats(doc: Document): ProfileStats | null {
  const handle = channelOf(doc);
  const header = doc.querySelector(HEADERS);
  if (!handle || !header) return null;
  // The metadata row names the channel's @handle: another one means a header left from the previous page.
  const named =
    inlineText(header)
      .match(/@[\w.-]+/g)
      ?.map((name) => name.slice(1).toLowerCase()) ?? [];
  if (!handle.startsWith('UC') && named.length > 0 && !named.includes(handle.toLowerCase())) return null;
  const followers = labelledCount(header, 'followers');
  if (followers === null) return null;
  const posts = labelledCount(header, 'posts');
  return { handle, followers, ...(posts !== null ? { posts } : {}) };
}
