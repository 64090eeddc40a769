import { defineSiteContentScript } from '@/lib/content/site-entrypoint';
import { facebookAdapter, facebookNetwork } from '@/lib/sites/facebook';

export default defineSiteContentScript(facebookNetwork, facebookAdapter);
