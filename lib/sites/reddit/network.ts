/** Reddit: what the extension knows about the network outside its page adapter. */
import { defineNetwork } from '@/lib/sites/descriptor';
import { redditHandleRules, redditHosts } from '@/lib/sites/reddit/handle-rules';

export const redditNetwork = defineNetwork({
  id: 'reddit',
  label: 'Reddit',
  hosts: redditHosts,
  length: { count: 'code-points', limits: { post: 40_000, reply: 10_000, message: 10_000 } },
  /** /submit, the new-post form. */
  composerUrl: () => 'https://www.reddit.com/submit',
  handles: redditHandleRules,
  pageState: {},
  studyWindows: [],
});
