import { defineSiteContentScript } from '@/lib/content/site-entrypoint';
import { xAdapter, xNetwork } from '@/lib/sites/x';

export default defineSiteContentScript(xNetwork, xAdapter);
