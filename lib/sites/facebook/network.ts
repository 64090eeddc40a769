/** Facebook: what the extension knows about the network outside its page adapter. */
import { defineNetwork } from '@/lib/sites/descriptor';
import { facebookHandleRules, facebookHosts } from '@/lib/sites/facebook/handle-rules';
import { readFacebookUser } from '@/lib/sites/facebook/page-state';

export const facebookNetwork = defineNetwork({
  id: 'facebook',
  label: 'Facebook',
  hosts: facebookHosts,
  length: { count: 'code-points', limits: { post: 63_206, reply: 8000, message: 20_000 } },
  /** no composer address: the home page, where the user opens "Create". */
  composerUrl: () => 'https://www.facebook.com/',
  handles: facebookHandleRules,
  pageState: { CurrentUserInitialData: readFacebookUser },
  studyWindows: [
    // Sprout Social 2023–24: weekday late mornings, Tuesday–Thursday strongest.
    { days: [2, 3, 4], start: '09:00', end: '13:00' },
  ],
});
