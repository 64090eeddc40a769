/** LinkedIn: what the extension knows about the network outside its page adapter. */
import { defineNetwork } from '@/lib/sites/descriptor';
import { linkedinHandleRules, linkedinHosts } from '@/lib/sites/linkedin/handle-rules';

export const linkedinNetwork = defineNetwork({
  id: 'linkedin',
  label: 'LinkedIn',
  hosts: linkedinHosts,
  length: { count: 'code-points', limits: { post: 3000, reply: 1250, message: 8000 } },
  /** ?shareActive=true opens the "Start a post" share box on the feed. */
  composerUrl: () => 'https://www.linkedin.com/feed/?shareActive=true',
  handles: linkedinHandleRules,
  pageState: {},
  studyWindows: [
    // Sprout Social 2023–24: weekday late mornings, Tuesday–Thursday strongest.
    { days: [2, 3, 4], start: '09:00', end: '13:00' },
  ],
});
