/** The Mastodon site adapter (any instance the user grants). */
export { mastodonAdapter } from '@/lib/sites/mastodon/adapter';
export { mastodonNetwork } from '@/lib/sites/mastodon/network';
