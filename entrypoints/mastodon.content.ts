import { defineSiteContentScript } from '@/lib/content/site-entrypoint';
import { mastodonAdapter, mastodonNetwork } from '@/lib/sites/mastodon';

export default defineSiteContentScript(mastodonNetwork, mastodonAdapter);
