import type { Network } from '@/lib/networks';

/**
 * The networks' ids alone, for code every page loads (a content script validating an answer):
 * the registry (lib/networks.ts) would bring every network's descriptor into every network's
 * script. tests/unit/network-ids.test.ts holds it to the registry.
 */
export const NETWORK_IDS = [
  'x',
  'linkedin',
  'facebook',
  'instagram',
  'youtube',
  'reddit',
  'mastodon',
  'bluesky',
  'threads',
] as const satisfies readonly Network[];
