/**
 * Each network's hosts and handle rules alone, for code every page loads (the guard comparing
 * handles): the registry (lib/networks.ts) would bring every network's descriptor and page-state
 * readers into every network's script. tests/unit/network-ids.test.ts holds it to the registry.
 */
import type { Network } from '@/lib/networks';
import { blueskyHandleRules, blueskyHosts } from '@/lib/sites/bluesky/handle-rules';
import type { HandleRules } from '@/lib/sites/descriptor';
import { facebookHandleRules, facebookHosts } from '@/lib/sites/facebook/handle-rules';
import { instagramHandleRules, instagramHosts } from '@/lib/sites/instagram/handle-rules';
import { linkedinHandleRules, linkedinHosts } from '@/lib/sites/linkedin/handle-rules';
import { mastodonHandleRules, mastodonHosts } from '@/lib/sites/mastodon/handle-rules';
import { redditHandleRules, redditHosts } from '@/lib/sites/reddit/handle-rules';
import { threadsHandleRules, threadsHosts } from '@/lib/sites/threads/handle-rules';
import { xHandleRules, xHosts } from '@/lib/sites/x/handle-rules';
import { youtubeHandleRules, youtubeHosts } from '@/lib/sites/youtube/handle-rules';

export const NETWORK_HANDLES: Record<Network, { hosts: readonly string[]; handles: HandleRules }> = {
  x: { hosts: xHosts, handles: xHandleRules },
  linkedin: { hosts: linkedinHosts, handles: linkedinHandleRules },
  facebook: { hosts: facebookHosts, handles: facebookHandleRules },
  instagram: { hosts: instagramHosts, handles: instagramHandleRules },
  youtube: { hosts: youtubeHosts, handles: youtubeHandleRules },
  reddit: { hosts: redditHosts, handles: redditHandleRules },
  mastodon: { hosts: mastodonHosts, handles: mastodonHandleRules },
  bluesky: { hosts: blueskyHosts, handles: blueskyHandleRules },
  threads: { hosts: threadsHosts, handles: threadsHandleRules },
};
