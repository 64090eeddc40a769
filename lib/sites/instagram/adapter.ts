/**
 * The Instagram adapter: account from the navigation bar, posts and comments from `article`s and
 * their permalinks, comment textareas and the new-post caption editor.
 */
import { pageStateKeysOf } from '@/lib/sites/descriptor';
import { composerFrom, findComposers, findSubmitPaths } from '@/lib/sites/instagram/composers';
import { findActiveAccount } from '@/lib/sites/instagram/identity';
import { instagramNetwork } from '@/lib/sites/instagram/network';
import { INSTAGRAM_LAYOUTS, POST_ROOTS, scrapeElement, scrapePosts } from '@/lib/sites/instagram/posts';
import { SELECTORS } from '@/lib/sites/instagram/selectors';
import { guardAdapter } from '@/lib/sites/shared/guard-adapter';
import { readNearest } from '@/lib/sites/shared/per-element';
import { anyOf } from '@/lib/sites/shared/query';
import { hostOf } from '@/lib/sites/shared/urls';

export const instagramAdapter = guardAdapter({
  network: instagramNetwork.id,
  profileStatsSelector: 'main header, a[href$="/followers/"]',
  isNetworkPage: (doc) => instagramNetwork.hosts.includes(hostOf(doc)),
  activeAccount: (doc) => findActiveAccount(doc),
  composers: findComposers,
  submitPaths: findSubmitPaths,
  posts: scrapePosts,
  layouts: INSTAGRAM_LAYOUTS,
  postSelector: anyOf(POST_ROOTS),
  postFrom: (el) => readNearest(el, POST_ROOTS, scrapeElement),
  composerSelector: anyOf(SELECTORS.editor),
  composerFrom,
  pageStateKeys: pageStateKeysOf(instagramNetwork),
});
