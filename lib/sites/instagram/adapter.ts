/**
 * The Instagram adapter: account from the navigation bar, posts and comments from `article`s and
 * their permalinks, comment textareas and the new-post caption editor.
 */
import { pageStateKeysOf } from '@/lib/sites/descriptor';
import { findComposers, findSubmitPaths } from '@/lib/sites/instagram/composers';
import { findActiveAccount } from '@/lib/sites/instagram/identity';
import { instagramNetwork } from '@/lib/sites/instagram/network';
import { INSTAGRAM_LAYOUTS, scrapePosts } from '@/lib/sites/instagram/posts';
import { guardAdapter } from '@/lib/sites/shared/guard-adapter';
import { hostOf } from '@/lib/sites/shared/urls';

export const instagramAdapter = guardAdapter({
  network: instagramNetwork.id,
  isNetworkPage: (doc) => instagramNetwork.hosts.includes(hostOf(doc)),
  activeAccount: (doc) => findActiveAccount(doc),
  composers: findComposers,
  submitPaths: findSubmitPaths,
  posts: scrapePosts,
  layouts: INSTAGRAM_LAYOUTS,
  pageStateKeys: pageStateKeysOf(instagramNetwork),
});
