/**
 * The LinkedIn adapter: legacy (Ember, semantic classes) and sdui (React, hashed classes with
 * `data-view-name`/`componentkey` hooks) markups behind one {@link SiteAdapter}.
 */
import { pageStateKeysOf } from '@/lib/sites/descriptor';
import { composerFrom, findComposers } from '@/lib/sites/linkedin/composers';
import { findActiveAccount } from '@/lib/sites/linkedin/identity';
import { linkedinNetwork } from '@/lib/sites/linkedin/network';
import { LINKEDIN_LAYOUTS, POST_ROOTS, scrapeElement, scrapePosts } from '@/lib/sites/linkedin/posts';
import { SELECTORS } from '@/lib/sites/linkedin/selectors';
import { findSubmitPaths } from '@/lib/sites/linkedin/submit';
import { guardAdapter } from '@/lib/sites/shared/guard-adapter';
import { readNearest } from '@/lib/sites/shared/per-element';
import { anyOf } from '@/lib/sites/shared/query';
import { hostOf } from '@/lib/sites/shared/urls';

export const linkedinAdapter = guardAdapter({
  network: linkedinNetwork.id,
  isNetworkPage: (doc) => linkedinNetwork.hosts.includes(hostOf(doc)),
  activeAccount: (doc) => findActiveAccount(doc),
  composers: findComposers,
  submitPaths: findSubmitPaths,
  posts: scrapePosts,
  layouts: LINKEDIN_LAYOUTS,
  postSelector: anyOf(POST_ROOTS),
  postFrom: (el) => readNearest(el, POST_ROOTS, scrapeElement),
  composerSelector: anyOf(SELECTORS.editor),
  composerFrom,
  pageStateKeys: pageStateKeysOf(linkedinNetwork),
  profileStatsSelector: 'main',
});
