import { NETWORK_HOSTS } from '../../networks';
import { guardAdapter } from '../shared/guard-adapter';
import { hostOf } from '../shared/urls';
import { redditActiveAccount } from './account';
import { redditComposers, redditSubmitPaths } from './composers';
import { redditPosts } from './posts';
import { SELECTORS } from './selectors';

/**
 * Reddit's current web UI ("shreddit"): posts, comments and the signed-in user are read from the
 * web components' attributes; composers are Lexical editors looked up through open shadow roots.
 */
export const redditAdapter = guardAdapter({
  network: 'reddit',
  isNetworkPage: (doc) => NETWORK_HOSTS.reddit.includes(hostOf(doc)) || doc.querySelector(SELECTORS.appRoot) !== null,
  activeAccount: (doc) => redditActiveAccount(doc),
  composers: redditComposers,
  submitPaths: redditSubmitPaths,
  posts: redditPosts,
  pageStateKeys: [],
});
