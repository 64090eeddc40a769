/** X: what the extension knows about the network outside its page adapter. */
import { defineNetwork } from '@/lib/sites/descriptor';
import { xHandleRules, xHosts } from '@/lib/sites/x/handle-rules';
import { readXSession } from '@/lib/sites/x/page-state';

export const xNetwork = defineNetwork({
  id: 'x',
  label: 'X',
  hosts: xHosts,
  length: { count: 'x-weighted', limits: { post: 280, reply: 280, message: 10_000 }, premiumLimit: 25_000 },
  /** /compose/post opens the post dialog over the home timeline. */
  composerUrl: () => 'https://x.com/compose/post',
  handles: xHandleRules,
  pageState: { xReduxSession: readXSession },
  studyWindows: [
    // Sprout Social 2023–24: weekday late mornings, Tuesday–Thursday strongest.
    { days: [2, 3, 4], start: '09:00', end: '13:00' },
  ],
});
