import { NETWORK_HOSTS } from '../../networks';
import type { SiteAdapter } from '../types';
import { youtubeActiveAccount } from './account';
import { youtubeComposers, youtubeSubmitPaths } from './composers';
import { anyOf } from './dom';
import { youtubePosts } from './posts';
import { SELECTORS } from './selectors';

function hostOf(doc: Document): string {
  try {
    return new URL(doc.baseURI).hostname;
  } catch {
    return '';
  }
}

/**
 * YouTube watch pages and YouTube Studio. Identity needs the bridge's `ytcfg` to tell a brand
 * channel from the personal one (see {@link youtubeActiveAccount}); comments have only relative
 * times, so `publishedAt` is always undefined.
 */
export const youtubeAdapter: SiteAdapter = {
  network: 'youtube',
  isNetworkPage: (doc) =>
    NETWORK_HOSTS.youtube.includes(hostOf(doc)) || doc.querySelector(anyOf(SELECTORS.appRoot)) !== null,
  activeAccount: youtubeActiveAccount,
  composers: youtubeComposers,
  submitPaths: youtubeSubmitPaths,
  posts: youtubePosts,
  pageStateKeys: ['ytcfg'],
};
