/** The Reddit site adapter (shreddit web-component UI). */
export { redditAdapter } from './adapter';
export { redditNetwork } from './network';
