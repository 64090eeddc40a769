/** YouTube: what the extension knows about the network outside its page adapter. */
import { defineNetwork } from '@/lib/sites/descriptor';
import { readYtcfgGlobal } from '@/lib/sites/youtube/page-state';

export const youtubeNetwork = defineNetwork({
  id: 'youtube',
  label: 'YouTube',
  hosts: ['www.youtube.com', 'studio.youtube.com', 'm.youtube.com'],
  length: { count: 'code-points', limits: { post: null, reply: 10_000, message: null } },
  /** Studio, where community posts and uploads start. */
  composerUrl: () => 'https://studio.youtube.com/',
  handles: {
    mention: '@',
    /** Channel ids (UC + 22 characters) are case-sensitive: UCabc and UCABC are two channels. */
    caseSensitiveIds: /^UC[0-9A-Za-z_-]{22}$/,
  },
  pageState: { ytcfg: readYtcfgGlobal },
  studyWindows: [],
});
