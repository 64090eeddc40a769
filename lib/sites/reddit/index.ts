/** The Reddit site adapter (shreddit web-component UI). */
export { redditAdapter } from '@/lib/sites/reddit/adapter';
export { redditNetwork } from '@/lib/sites/reddit/network';
