/**
 * The LinkedIn adapter: legacy (Ember, semantic classes) and sdui (React, hashed classes with
 * `data-view-name`/`componentkey` hooks) markups behind one {@link SiteAdapter}.
 */
import { pageStateKeysOf } from '../descriptor';
import { guardAdapter } from '../shared/guard-adapter';
import { hostOf } from '../shared/urls';
import { findComposers } from './composers';
import { findActiveAccount } from './identity';
import { linkedinNetwork } from './network';
import { scrapePosts } from './posts';
import { findSubmitPaths } from './submit';

export const linkedinAdapter = guardAdapter({
  network: linkedinNetwork.id,
  isNetworkPage: (doc) => linkedinNetwork.hosts.includes(hostOf(doc)),
  activeAccount: (doc) => findActiveAccount(doc),
  composers: findComposers,
  submitPaths: findSubmitPaths,
  posts: scrapePosts,
  pageStateKeys: pageStateKeysOf(linkedinNetwork),
});
