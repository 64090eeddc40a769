/**
 * The LinkedIn adapter: legacy (Ember, semantic classes) and sdui (React, hashed classes with
 * `data-view-name`/`componentkey` hooks) markups behind one {@link SiteAdapter}.
 */
import { guardAdapter } from '../shared/guard-adapter';
import { hostOf } from '../shared/urls';
import { findComposers } from './composers';
import { findActiveAccount } from './identity';
import { scrapePosts } from './posts';
import { findSubmitPaths } from './submit';

const HOSTS = new Set(['www.linkedin.com', 'linkedin.com']);

export const linkedinAdapter = guardAdapter({
  network: 'linkedin',
  isNetworkPage: (doc) => HOSTS.has(hostOf(doc)),
  activeAccount: (doc) => findActiveAccount(doc),
  composers: findComposers,
  submitPaths: findSubmitPaths,
  posts: scrapePosts,
  pageStateKeys: [],
});
