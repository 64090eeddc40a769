import { pageStateKeysOf } from '../descriptor';
import { guardAdapter } from '../shared/guard-adapter';
import { hostOf } from '../shared/urls';
import { redditComposers, redditSubmitPaths } from './composers';
import { redditActiveAccount } from './identity';
import { redditNetwork } from './network';
import { redditPosts } from './posts';
import { SELECTORS } from './selectors';

/**
 * Reddit's current web UI ("shreddit"): posts, comments and the signed-in user are read from the
 * web components' attributes; composers are Lexical editors looked up through open shadow roots.
 */
export const redditAdapter = guardAdapter({
  network: redditNetwork.id,
  isNetworkPage: (doc) => redditNetwork.hosts.includes(hostOf(doc)) || doc.querySelector(SELECTORS.appRoot) !== null,
  activeAccount: (doc) => redditActiveAccount(doc),
  composers: redditComposers,
  submitPaths: redditSubmitPaths,
  posts: redditPosts,
  pageStateKeys: pageStateKeysOf(redditNetwork),
});
