/**
 * Growth (issue 21): each network's profile reader, one line per network. Not part of the
 * adapters: the readers live in the page tools (entrypoints/page-tools.ts) that the
 * background injects on first use, so a page costs nothing for them unless it is the signed-in
 * account's own profile.
 */

import type { Network } from '@/lib/networks';
import { blueskyProfileStats } from '@/lib/sites/bluesky/profile';
import { facebookProfileStats } from '@/lib/sites/facebook/profile';
import { instagramProfileStats } from '@/lib/sites/instagram/profile';
import { linkedinProfileStats } from '@/lib/sites/linkedin/profile';
import { mastodonProfileStats } from '@/lib/sites/mastodon/profile';
import { redditProfileStats } from '@/lib/sites/reddit/profile';
import { threadsProfileStats } from '@/lib/sites/threads/profile';
import type { ProfileStats } from '@/lib/sites/types';
import { xProfileStats } from '@/lib/sites/x/profile';
import { youtubeProfileStats } from '@/lib/sites/youtube/profile';

/**
 * On a profile page, the profile's handle (and id when the page gives it) and its counts as
 * printed; null when this is no profile page or no count was found ("not found" is never a zero).
 */
export type ProfileReader = (doc: Document) => ProfileStats | null;

export const PROFILE_READERS: Record<Network, ProfileReader> = {
  x: xProfileStats,
  linkedin: linkedinProfileStats,
  facebook: facebookProfileStats,
  instagram: instagramProfileStats,
  youtube: youtubeProfileStats,
  reddit: redditProfileStats,
  mastodon: mastodonProfileStats,
  bluesky: blueskyProfileStats,
  threads: threadsProfileStats,
};
