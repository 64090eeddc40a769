import { pageStateKeysOf } from '@/lib/sites/descriptor';
import { redditComposerFrom, redditComposers, redditSubmitPaths } from '@/lib/sites/reddit/composers';
import { redditActiveAccount } from '@/lib/sites/reddit/identity';
import { redditNetwork } from '@/lib/sites/reddit/network';
import { POST_ROOTS, readElement, redditPosts } from '@/lib/sites/reddit/posts';
import { SELECTORS } from '@/lib/sites/reddit/selectors';
import { guardAdapter } from '@/lib/sites/shared/guard-adapter';
import { readNearest } from '@/lib/sites/shared/per-element';
import { anyOf, closestDeep } from '@/lib/sites/shared/query';
import { hostOf } from '@/lib/sites/shared/urls';

/**
 * Reddit's current web UI ("shreddit"): posts, comments and the signed-in user are read from the
 * web components' attributes; composers are Lexical editors looked up through open shadow roots.
 */
export const redditAdapter = guardAdapter({
  network: redditNetwork.id,
  profileStatsSelector: '#right-sidebar-container, [slot="right-sidebar"], aside',
  isNetworkPage: (doc) => redditNetwork.hosts.includes(hostOf(doc)) || doc.querySelector(SELECTORS.appRoot) !== null,
  activeAccount: (doc) => redditActiveAccount(doc),
  composers: redditComposers,
  submitPaths: redditSubmitPaths,
  posts: redditPosts,
  postSelector: POST_ROOTS,
  postFrom: (el) =>
    readNearest(el, POST_ROOTS, readElement, (node, selector) => closestDeep<HTMLElement>(node, anyOf(selector))),
  composerSelector: SELECTORS.editor,
  composerFrom: redditComposerFrom,
  pageStateKeys: pageStateKeysOf(redditNetwork),
});
