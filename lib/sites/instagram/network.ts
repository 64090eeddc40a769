/** Instagram: what the extension knows about the network outside its page adapter. */
import { defineNetwork } from '@/lib/sites/descriptor';
import { instagramHandleRules, instagramHosts } from '@/lib/sites/instagram/handle-rules';

export const instagramNetwork = defineNetwork({
  id: 'instagram',
  label: 'Instagram',
  hosts: instagramHosts,
  length: { count: 'code-points', limits: { post: 2200, reply: 2200, message: 1000 } },
  /** no composer address: the home page, where the user opens "Create". */
  composerUrl: () => 'https://www.instagram.com/',
  handles: instagramHandleRules,
  pageState: {},
  studyWindows: [
    // Sprout Social 2023–24: weekday late mornings, Tuesday–Thursday strongest.
    { days: [2, 3, 4], start: '09:00', end: '13:00' },
  ],
});
