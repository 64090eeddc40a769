import { pageStateKeysOf } from '../descriptor';
import { guardAdapter } from '../shared/guard-adapter';
import { anyOf } from '../shared/query';
import { hostOf } from '../shared/urls';
import { youtubeComposers, youtubeSubmitPaths } from './composers';
import { youtubeActiveAccount } from './identity';
import { youtubeNetwork } from './network';
import { youtubePosts } from './posts';
import { SELECTORS } from './selectors';

/**
 * YouTube watch pages and YouTube Studio. Identity needs the bridge's `ytcfg` to tell a brand
 * channel from the personal one (see {@link youtubeActiveAccount}); comments have only relative
 * times, so `publishedAt` is always undefined.
 */
export const youtubeAdapter = guardAdapter({
  network: youtubeNetwork.id,
  isNetworkPage: (doc) =>
    youtubeNetwork.hosts.includes(hostOf(doc)) || doc.querySelector(anyOf(SELECTORS.appRoot)) !== null,
  activeAccount: youtubeActiveAccount,
  composers: youtubeComposers,
  submitPaths: youtubeSubmitPaths,
  posts: youtubePosts,
  pageStateKeys: pageStateKeysOf(youtubeNetwork),
  // The avatar menu holds "Switch account" (and the brand channels).
  accountSwitcher: (doc) => doc.querySelector<HTMLElement>(SELECTORS.avatarButton),
});
