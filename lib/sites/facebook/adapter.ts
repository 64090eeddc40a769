/**
 * The Facebook adapter. The signed-in (or acting) account comes from `CurrentUserInitialData`,
 * read in the main world by the page bridge (`pageStateKeys`) or from the page's module data.
 */
import type { SiteAdapter } from '../types';
import { findComposers, findSubmitPaths } from './composers';
import { findActiveAccount } from './identity';
import { scrapePosts } from './posts';

const HOSTS = new Set(['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'facebook.com']);

export const facebookAdapter: SiteAdapter = {
  network: 'facebook',
  isNetworkPage: (doc) => {
    try {
      return HOSTS.has(new URL(doc.baseURI).hostname);
    } catch {
      return false;
    }
  },
  activeAccount: (doc, pageState) =>
    guard(
      () => findActiveAccount(doc, pageState),
      (error) => ({ account: null, reason: error }),
    ),
  composers: (root) =>
    guard(
      () => findComposers(root),
      () => [],
    ),
  submitPaths: (composer) =>
    guard(
      () => findSubmitPaths(composer),
      () => [],
    ),
  posts: (root) =>
    guard(
      () => scrapePosts(root),
      () => [],
    ),
  pageStateKeys: ['CurrentUserInitialData'],
};

/** Adapters never throw into the page: an unexpected error becomes an empty answer. */
function guard<T>(run: () => T, fallback: (error: string) => T): T {
  try {
    return run();
  } catch (error) {
    return fallback(`facebook: unexpected error (${error instanceof Error ? error.message : String(error)})`);
  }
}
