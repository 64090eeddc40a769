/** Mastodon: what the extension knows about the network outside its page adapter. */
import { defineNetwork } from '@/lib/sites/descriptor';
import { mastodonHandleRules, mastodonHosts } from '@/lib/sites/mastodon/handle-rules';

export const mastodonNetwork = defineNetwork({
  id: 'mastodon',
  label: 'Mastodon',
  hosts: mastodonHosts,
  /** Any server: the user adds theirs in Settings and grants it; the content script is registered there. */
  runsOnGrantedServers: true,
  length: { count: 'links-as-23', limits: { post: 500, reply: 500, message: 500 }, serverLimit: true },
  /** /publish on the user's server (the first one registered in Settings). */
  composerUrl: (server) => (server ? `https://${server}/publish` : null),
  handles: mastodonHandleRules,
  pageState: {},
  studyWindows: [],
});
