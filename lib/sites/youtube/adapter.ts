import { pageStateKeysOf } from '@/lib/sites/descriptor';
import { guardAdapter } from '@/lib/sites/shared/guard-adapter';
import { readNearest } from '@/lib/sites/shared/per-element';
import { anyOf } from '@/lib/sites/shared/query';
import { hostOf } from '@/lib/sites/shared/urls';
import { EDITORS, youtubeComposerFrom, youtubeComposers, youtubeSubmitPaths } from '@/lib/sites/youtube/composers';
import { youtubeActiveAccount } from '@/lib/sites/youtube/identity';
import { youtubeNetwork } from '@/lib/sites/youtube/network';
import { POST_ROOTS, readElement, youtubePosts } from '@/lib/sites/youtube/posts';
import { SELECTORS } from '@/lib/sites/youtube/selectors';

/**
 * YouTube watch pages and YouTube Studio. Identity needs the bridge's `ytcfg` to tell a brand
 * channel from the personal one (see {@link youtubeActiveAccount}); comments have only relative
 * times, so `publishedAt` is always undefined.
 */
export const youtubeAdapter = guardAdapter({
  network: youtubeNetwork.id,
  profileStatsSelector: 'yt-page-header-view-model, yt-content-metadata-view-model, #subscriber-count',
  isNetworkPage: (doc) =>
    youtubeNetwork.hosts.includes(hostOf(doc)) || doc.querySelector(anyOf(SELECTORS.appRoot)) !== null,
  activeAccount: youtubeActiveAccount,
  composers: youtubeComposers,
  submitPaths: youtubeSubmitPaths,
  posts: youtubePosts,
  postSelector: POST_ROOTS,
  postFrom: (el) => readNearest(el, POST_ROOTS, readElement),
  composerSelector: EDITORS,
  composerFrom: youtubeComposerFrom,
  pageStateKeys: pageStateKeysOf(youtubeNetwork),
  // The avatar menu holds "Switch account" (and the brand channels).
  accountSwitcher: (doc) => doc.querySelector<HTMLElement>(SELECTORS.avatarButton),
});
