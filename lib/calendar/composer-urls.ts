import type { Network } from '../networks';

/**
 * Where each network's own composer opens for a new post. The extension fills the box there
 * and the user sends; it never posts through an API.
 * - X: /compose/post opens the post dialog over the home timeline.
 * - LinkedIn: ?shareActive=true opens the "Start a post" share box on the feed.
 * - Facebook, Instagram: no composer address; the home page, where the user opens "Create".
 * - YouTube: Studio, where community posts and uploads start.
 * - Reddit: /submit, the new-post form.
 * - Mastodon: /publish on the user's server (the first one registered in Settings).
 * - Bluesky: /intent/compose, the official compose intent.
 * - Threads: /intent/post, the official post intent.
 */
export function composerUrl(network: Network, mastodonHost?: string): string | null {
  switch (network) {
    case 'x':
      return 'https://x.com/compose/post';
    case 'linkedin':
      return 'https://www.linkedin.com/feed/?shareActive=true';
    case 'facebook':
      return 'https://www.facebook.com/';
    case 'instagram':
      return 'https://www.instagram.com/';
    case 'youtube':
      return 'https://studio.youtube.com/';
    case 'reddit':
      return 'https://www.reddit.com/submit';
    case 'mastodon':
      return mastodonHost ? `https://${mastodonHost}/publish` : null;
    case 'bluesky':
      return 'https://bsky.app/intent/compose';
    case 'threads':
      return 'https://www.threads.com/intent/post';
  }
}
