import { defineSiteContentScript } from '@/lib/content/site-entrypoint';
import { threadsAdapter, threadsNetwork } from '@/lib/sites/threads';

export default defineSiteContentScript(threadsNetwork, threadsAdapter);
