/**
 * The Facebook adapter. The signed-in (or acting) account comes from `CurrentUserInitialData`,
 * read in the main world by the page bridge (`pageStateKeys`) or from the page's module data.
 */
import { pageStateKeysOf } from '../descriptor';
import { guardAdapter } from '../shared/guard-adapter';
import { hostOf } from '../shared/urls';
import { findComposers, findSubmitPaths } from './composers';
import { findActiveAccount } from './identity';
import { facebookNetwork } from './network';
import { scrapePosts } from './posts';

export const facebookAdapter = guardAdapter({
  network: facebookNetwork.id,
  isNetworkPage: (doc) => facebookNetwork.hosts.includes(hostOf(doc)),
  activeAccount: (doc, pageState) => findActiveAccount(doc, pageState),
  composers: findComposers,
  submitPaths: findSubmitPaths,
  posts: scrapePosts,
  pageStateKeys: pageStateKeysOf(facebookNetwork),
});
