/** YouTube: what the extension knows about the network outside its page adapter. */
import { defineNetwork } from '@/lib/sites/descriptor';
import { youtubeHandleRules, youtubeHosts } from '@/lib/sites/youtube/handle-rules';
import { readYtcfgGlobal } from '@/lib/sites/youtube/page-state';

export const youtubeNetwork = defineNetwork({
  id: 'youtube',
  label: 'YouTube',
  hosts: youtubeHosts,
  length: { count: 'code-points', limits: { post: null, reply: 10_000, message: null } },
  /** Studio, where community posts and uploads start. */
  composerUrl: () => 'https://studio.youtube.com/',
  handles: youtubeHandleRules,
  pageState: { ytcfg: readYtcfgGlobal },
  studyWindows: [],
});
