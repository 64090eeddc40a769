/**
 * The Instagram adapter: account from the navigation bar, posts and comments from `article`s and
 * their permalinks, comment textareas and the new-post caption editor.
 */
import type { SiteAdapter } from '../types';
import { findComposers, findSubmitPaths } from './composers';
import { findActiveAccount } from './identity';
import { scrapePosts } from './posts';

const HOSTS = new Set(['www.instagram.com', 'instagram.com']);

export const instagramAdapter: SiteAdapter = {
  network: 'instagram',
  isNetworkPage: (doc) => {
    try {
      return HOSTS.has(new URL(doc.baseURI).hostname);
    } catch {
      return false;
    }
  },
  activeAccount: (doc) =>
    guard(
      () => findActiveAccount(doc),
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
  pageStateKeys: [],
};

/** Adapters never throw into the page: an unexpected error becomes an empty answer. */
function guard<T>(run: () => T, fallback: (error: string) => T): T {
  try {
    return run();
  } catch (error) {
    return fallback(`instagram: unexpected error (${error instanceof Error ? error.message : String(error)})`);
  }
}
