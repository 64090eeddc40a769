/** Threads: what the extension knows about the network outside its page adapter. */
import { defineNetwork } from '@/lib/sites/descriptor';

export const threadsNetwork = defineNetwork({
  id: 'threads',
  label: 'Threads',
  hosts: ['www.threads.com', 'www.threads.net', 'threads.com', 'threads.net'],
  length: { count: 'emoji-as-bytes', limits: { post: 500, reply: 500, message: 1000 } },
  /** /intent/post, the official post intent. */
  composerUrl: () => 'https://www.threads.com/intent/post',
  handles: {
    mention: '@',
  },
  pageState: {},
  studyWindows: [],
});
