import { pageStateKeysOf } from '../descriptor';
import { guardAdapter } from '../shared/guard-adapter';
import { hostOf } from '../shared/urls';
import { threadsComposers, threadsSubmitPaths } from './composers';
import { threadsActiveAccount } from './identity';
import { threadsNetwork } from './network';
import { threadsPosts } from './posts';

/**
 * Threads (threads.com, and threads.net which serves the same app): permalinks and author URLs keep
 * the host the page was served from. Threads renders no marker of its own, so only the host tells
 * its pages.
 */
export const threadsAdapter = guardAdapter({
  network: threadsNetwork.id,
  isNetworkPage: (doc) => threadsNetwork.hosts.includes(hostOf(doc)),
  activeAccount: (doc) => threadsActiveAccount(doc),
  composers: threadsComposers,
  submitPaths: threadsSubmitPaths,
  posts: threadsPosts,
  pageStateKeys: pageStateKeysOf(threadsNetwork),
});
