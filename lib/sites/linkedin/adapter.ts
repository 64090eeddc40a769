/**
 * The LinkedIn adapter: legacy (Ember, semantic classes) and sdui (React, hashed classes with
 * `data-view-name`/`componentkey` hooks) markups behind one {@link SiteAdapter}.
 */
import type { SiteAdapter } from '../types';
import { findComposers } from './composers';
import { findActiveAccount } from './identity';
import { scrapePosts } from './posts';
import { findSubmitPaths } from './submit';

const HOSTS = new Set(['www.linkedin.com', 'linkedin.com']);

export const linkedinAdapter: SiteAdapter = {
  network: 'linkedin',
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
    return fallback(`linkedin: unexpected error (${error instanceof Error ? error.message : String(error)})`);
  }
}
