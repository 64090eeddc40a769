/**
 * The Facebook adapter. The signed-in (or acting) account comes from `CurrentUserInitialData`,
 * read in the main world by the page bridge (`pageStateKeys`) or from the page's module data.
 */
import { guardAdapter } from '../shared/guard-adapter';
import { hostOf } from '../shared/urls';
import { findComposers, findSubmitPaths } from './composers';
import { findActiveAccount } from './identity';
import { scrapePosts } from './posts';

const HOSTS = new Set(['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'facebook.com']);

export const facebookAdapter = guardAdapter({
  network: 'facebook',
  isNetworkPage: (doc) => HOSTS.has(hostOf(doc)),
  activeAccount: (doc, pageState) => findActiveAccount(doc, pageState),
  composers: findComposers,
  submitPaths: findSubmitPaths,
  posts: scrapePosts,
  pageStateKeys: ['CurrentUserInitialData'],
});
