import { NETWORK_HOSTS } from '../../networks';
import { guardAdapter } from '../shared/guard-adapter';
import { hostOf } from '../shared/urls';
import { threadsActiveAccount } from './account';
import { threadsComposers, threadsSubmitPaths } from './composers';
import { threadsPosts } from './posts';

/**
 * Threads (threads.com, and threads.net which serves the same app): permalinks and author URLs keep
 * the host the page was served from. Threads renders no marker of its own, so only the host tells
 * its pages.
 */
export const threadsAdapter = guardAdapter({
  network: 'threads',
  isNetworkPage: (doc) => NETWORK_HOSTS.threads.includes(hostOf(doc)),
  activeAccount: (doc) => threadsActiveAccount(doc),
  composers: threadsComposers,
  submitPaths: threadsSubmitPaths,
  posts: threadsPosts,
  pageStateKeys: [],
});
