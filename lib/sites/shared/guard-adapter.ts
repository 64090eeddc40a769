/**
 * The "never throw into the page" rule of {@link SiteAdapter}, written once: a wrapped adapter
 * catches any exception of the network code and degrades to an empty answer, or, for the account,
 * to a reason a user can paste into a bug report.
 */
import type { AccountLookup, SiteAdapter } from '@/lib/sites/types';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `adapter` with every method guarded; its own finer-grained fallbacks still run first. */
export function guardAdapter(adapter: SiteAdapter): SiteAdapter {
  const { network } = adapter;
  const attempt = <T>(method: string, run: () => T, fallback: (reason: string) => T): T => {
    try {
      return run();
    } catch (error) {
      return fallback(`${network}: unexpected error in ${method} (${messageOf(error)})`);
    }
  };
  return {
    network,
    pageStateKeys: adapter.pageStateKeys,
    ...(adapter.layouts ? { layouts: adapter.layouts } : {}),
    isNetworkPage: (doc) =>
      attempt(
        'isNetworkPage',
        () => adapter.isNetworkPage(doc),
        () => false,
      ),
    activeAccount: (doc, pageState) =>
      attempt<AccountLookup>(
        'activeAccount',
        () => adapter.activeAccount(doc, pageState),
        (reason) => ({ account: null, reason }),
      ),
    composers: (root) =>
      attempt(
        'composers',
        () => adapter.composers(root),
        () => [],
      ),
    submitPaths: (composer) =>
      attempt(
        'submitPaths',
        () => adapter.submitPaths(composer),
        () => [],
      ),
    posts: (root) =>
      attempt(
        'posts',
        () => adapter.posts(root),
        () => [],
      ),
    postSelector: adapter.postSelector,
    postFrom: (el) =>
      attempt(
        'postFrom',
        () => adapter.postFrom(el),
        () => null,
      ),
    composerSelector: adapter.composerSelector,
    composerFrom: (el) =>
      attempt(
        'composerFrom',
        () => adapter.composerFrom(el),
        () => null,
      ),
    accountSwitcher: (doc) =>
      attempt(
        'accountSwitcher',
        () => adapter.accountSwitcher?.(doc) ?? null,
        () => null,
      ),
    ...(adapter.profileStatsSelector ? { profileStatsSelector: adapter.profileStatsSelector } : {}),
  };
}
