/** The Bluesky site adapter (bsky.app). */
export { blueskyAdapter } from './adapter';
export { blueskyNetwork } from './network';
