import { defineSiteContentScript } from '@/lib/content/site-entrypoint';
import { blueskyAdapter, blueskyNetwork } from '@/lib/sites/bluesky';

export default defineSiteContentScript(blueskyNetwork, blueskyAdapter);
