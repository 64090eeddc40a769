import { pageStateKeysOf } from '@/lib/sites/descriptor';
import { guardAdapter } from '@/lib/sites/shared/guard-adapter';
import { readNearest } from '@/lib/sites/shared/per-element';
import { hostOf } from '@/lib/sites/shared/urls';
import { threadsComposerFrom, threadsComposers, threadsSubmitPaths } from '@/lib/sites/threads/composers';
import { threadsActiveAccount } from '@/lib/sites/threads/identity';
import { threadsNetwork } from '@/lib/sites/threads/network';
import { postFromBlock, threadsPosts } from '@/lib/sites/threads/posts';
import { SELECTORS } from '@/lib/sites/threads/selectors';

/**
 * Threads (threads.com, and threads.net which serves the same app): permalinks and author URLs keep
 * the host the page was served from. Threads renders no marker of its own, so only the host tells
 * its pages.
 */
export const threadsAdapter = guardAdapter({
  network: threadsNetwork.id,
  profileStatsSelector: '[role="main"] h1, main h1',
  isNetworkPage: (doc) => threadsNetwork.hosts.includes(hostOf(doc)),
  activeAccount: (doc) => threadsActiveAccount(doc),
  composers: threadsComposers,
  submitPaths: threadsSubmitPaths,
  posts: threadsPosts,
  postSelector: SELECTORS.post,
  postFrom: (el) => readNearest(el, SELECTORS.post, postFromBlock),
  composerSelector: SELECTORS.editor,
  composerFrom: threadsComposerFrom,
  pageStateKeys: pageStateKeysOf(threadsNetwork),
});
