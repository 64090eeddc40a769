/** The Mastodon site adapter (any instance the user grants). */
export { mastodonAdapter } from './adapter';
export { mastodonNetwork } from './network';
