/** The Bluesky site adapter (bsky.app). */
export { blueskyAdapter } from '@/lib/sites/bluesky/adapter';
export { blueskyNetwork } from '@/lib/sites/bluesky/network';
