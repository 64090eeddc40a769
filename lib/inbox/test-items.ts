import type { InboxItem } from '@/lib/inbox/item';
import { DEFAULT_NETWORK, NETWORKS } from '@/lib/networks';

/** Builds an inbox item for tests and benchmarks; `overrides` win. */
export function makeItem(index: number, overrides: Partial<InboxItem> = {}): InboxItem {
  const network = NETWORKS[index % NETWORKS.length] ?? DEFAULT_NETWORK;
  const id = `item-${String(index).padStart(6, '0')}`;
  return {
    id,
    key: `${network}:${id}`,
    network,
    postId: id,
    permalink: `https://example.org/${network}/${id}`,
    authorName: `Author ${index % 97}`,
    authorHandle: `@author${index % 97}`,
    authorUrl: '',
    text: `Message ${index} about ${index % 3 === 0 ? 'livraison' : 'produit'}`,
    pageUrl: 'https://example.org/',
    kind: 'post',
    capturedAt: 1_700_000_000_000 + index * 60_000,
    updatedAt: 1_700_000_000_000 + index * 60_000,
    status: (['new', 'to-answer', 'answered', 'archived'] as const)[index % 4] ?? 'new',
    tags: index % 5 === 0 ? ['urgent'] : [],
    ...overrides,
  };
}
