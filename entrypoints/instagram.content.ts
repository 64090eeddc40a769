import { defineSiteContentScript } from '@/lib/content/site-entrypoint';
import { instagramAdapter, instagramNetwork } from '@/lib/sites/instagram';

export default defineSiteContentScript(instagramNetwork, instagramAdapter);
