/**
 * The Instagram adapter: account from the navigation bar, posts and comments from `article`s and
 * their permalinks, comment textareas and the new-post caption editor.
 */
import { guardAdapter } from '../shared/guard-adapter';
import { hostOf } from '../shared/urls';
import { findComposers, findSubmitPaths } from './composers';
import { findActiveAccount } from './identity';
import { scrapePosts } from './posts';

const HOSTS = new Set(['www.instagram.com', 'instagram.com']);

export const instagramAdapter = guardAdapter({
  network: 'instagram',
  isNetworkPage: (doc) => HOSTS.has(hostOf(doc)),
  activeAccount: (doc) => findActiveAccount(doc),
  composers: findComposers,
  submitPaths: findSubmitPaths,
  posts: scrapePosts,
  pageStateKeys: [],
});
