/** Bluesky: what the extension knows about the network outside its page adapter. */

import { blueskyHandleRules, blueskyHosts } from '@/lib/sites/bluesky/handle-rules';
import { defineNetwork } from '@/lib/sites/descriptor';

export const blueskyNetwork = defineNetwork({
  id: 'bluesky',
  label: 'Bluesky',
  hosts: blueskyHosts,
  length: { count: 'graphemes', limits: { post: 300, reply: 300, message: 1000 } },
  /** /intent/compose, the official compose intent. */
  composerUrl: () => 'https://bsky.app/intent/compose',
  handles: blueskyHandleRules,
  pageState: {},
  studyWindows: [],
});
