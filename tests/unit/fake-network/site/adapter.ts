import type { Network } from '../../../../lib/networks';
import { pageStateKeysOf } from '../../../../lib/sites/descriptor';
import type { Composer, ScrapedPost, SiteAdapter } from '../../../../lib/sites/types';
import { pinboardNetwork } from './network';

const POST = 'article[data-pin-id]';
const BOX = 'textarea';

function readPin(element: HTMLElement): ScrapedPost {
  return {
    network: pinboardNetwork.id as Network,
    id: element.dataset.pinId ?? '',
    authorName: element.querySelector('.author')?.textContent ?? '',
    authorHandle: '',
    authorUrl: '',
    text: element.querySelector('p')?.textContent ?? '',
    permalink: '',
    kind: 'post',
    element,
  };
}

const box = (element: HTMLElement): Composer => ({ element, kind: 'reply', editor: 'textarea', answering: null });

/** The smallest adapter: posts are `article[data-pin-id]`, composers `textarea`, no identity. */
export const pinboardAdapter: SiteAdapter = {
  // A registered network's id is a `Network`; this one stays out of the registry on purpose.
  network: pinboardNetwork.id as Network,
  pageStateKeys: pageStateKeysOf(pinboardNetwork),
  isNetworkPage: (doc) => pinboardNetwork.hosts.includes(doc.location?.hostname ?? ''),
  activeAccount: () => ({ account: null, reason: 'pinboard: no account on the page' }),
  composers: (root) => [...root.querySelectorAll<HTMLElement>(BOX)].map(box),
  composerSelector: BOX,
  composerFrom: (el) => {
    const root = el.closest<HTMLElement>(BOX);
    return root ? box(root) : null;
  },
  submitPaths: () => [],
  posts: (root) => [...root.querySelectorAll<HTMLElement>(POST)].map(readPin),
  postSelector: POST,
  postFrom: (el) => {
    const root = el.closest<HTMLElement>(POST);
    return root ? readPin(root) : null;
  },
};
