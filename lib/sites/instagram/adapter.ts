/**
 * The Instagram adapter: account from the navigation bar, posts and comments from `article`s and
 * their permalinks, comment textareas and the new-post caption editor.
 */
import { pageStateKeysOf } from '../descriptor';
import { guardAdapter } from '../shared/guard-adapter';
import { hostOf } from '../shared/urls';
import { findComposers, findSubmitPaths } from './composers';
import { findActiveAccount } from './identity';
import { instagramNetwork } from './network';
import { scrapePosts } from './posts';

export const instagramAdapter = guardAdapter({
  network: instagramNetwork.id,
  isNetworkPage: (doc) => instagramNetwork.hosts.includes(hostOf(doc)),
  activeAccount: (doc) => findActiveAccount(doc),
  composers: findComposers,
  submitPaths: findSubmitPaths,
  posts: scrapePosts,
  pageStateKeys: pageStateKeysOf(instagramNetwork),
});
