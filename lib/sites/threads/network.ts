/** Threads: what the extension knows about the network outside its page adapter. */
import { defineNetwork } from '@/lib/sites/descriptor';
import { threadsHandleRules, threadsHosts } from '@/lib/sites/threads/handle-rules';

export const threadsNetwork = defineNetwork({
  id: 'threads',
  label: 'Threads',
  hosts: threadsHosts,
  length: { count: 'emoji-as-bytes', limits: { post: 500, reply: 500, message: 1000 } },
  /** /intent/post, the official post intent. */
  composerUrl: () => 'https://www.threads.com/intent/post',
  handles: threadsHandleRules,
  pageState: {},
  studyWindows: [],
});
