import type { Network } from '../../../../lib/networks';
import { pageStateKeysOf } from '../../../../lib/sites/descriptor';
import type { ScrapedPost, SiteAdapter } from '../../../../lib/sites/types';
import { pinboardNetwork } from './network';

/** The smallest adapter: posts are `article[data-pin-id]`, composers `textarea`, no identity. */
export const pinboardAdapter: SiteAdapter = {
  // A registered network's id is a `Network`; this one stays out of the registry on purpose.
  network: pinboardNetwork.id as Network,
  pageStateKeys: pageStateKeysOf(pinboardNetwork),
  isNetworkPage: (doc) => pinboardNetwork.hosts.includes(doc.location?.hostname ?? ''),
  activeAccount: () => ({ account: null, reason: 'pinboard: no account on the page' }),
  composers: (root) =>
    [...root.querySelectorAll<HTMLElement>('textarea')].map((element) => ({
      element,
      kind: 'reply' as const,
      editor: 'textarea' as const,
      answering: null,
    })),
  submitPaths: () => [],
  posts: (root) =>
    [...root.querySelectorAll<HTMLElement>('article[data-pin-id]')].map(
      (element): ScrapedPost => ({
        network: pinboardNetwork.id as Network,
        id: element.dataset.pinId ?? '',
        authorName: element.querySelector('.author')?.textContent ?? '',
        authorHandle: '',
        authorUrl: '',
        text: element.querySelector('p')?.textContent ?? '',
        permalink: '',
        kind: 'post',
        element,
      }),
    ),
};
