import { defineSiteContentScript } from '@/lib/content/site-entrypoint';
import { linkedinAdapter, linkedinNetwork } from '@/lib/sites/linkedin';

export default defineSiteContentScript(linkedinNetwork, linkedinAdapter);
