/**
 * The Facebook adapter. The signed-in (or acting) account comes from `CurrentUserInitialData`,
 * read in the main world by the page bridge (`pageStateKeys`) or from the page's module data.
 */
import { pageStateKeysOf } from '@/lib/sites/descriptor';
import { composerFrom, findComposers, findSubmitPaths } from '@/lib/sites/facebook/composers';
import { findActiveAccount } from '@/lib/sites/facebook/identity';
import { facebookNetwork } from '@/lib/sites/facebook/network';
import { FACEBOOK_LAYOUTS, POST_ROOTS, scrapeElement, scrapePosts } from '@/lib/sites/facebook/posts';
import { SELECTORS } from '@/lib/sites/facebook/selectors';
import { guardAdapter } from '@/lib/sites/shared/guard-adapter';
import { readNearest } from '@/lib/sites/shared/per-element';
import { anyOf } from '@/lib/sites/shared/query';
import { hostOf } from '@/lib/sites/shared/urls';

export const facebookAdapter = guardAdapter({
  network: facebookNetwork.id,
  profileStatsSelector: '[role="main"] h1, a[href*="/followers"]',
  isNetworkPage: (doc) => facebookNetwork.hosts.includes(hostOf(doc)),
  activeAccount: (doc, pageState) => findActiveAccount(doc, pageState),
  composers: findComposers,
  submitPaths: findSubmitPaths,
  posts: scrapePosts,
  layouts: FACEBOOK_LAYOUTS,
  postSelector: anyOf(POST_ROOTS),
  postFrom: (el) => readNearest(el, POST_ROOTS, scrapeElement),
  composerSelector: anyOf(SELECTORS.editor),
  composerFrom,
  pageStateKeys: pageStateKeysOf(facebookNetwork),
});
