import { defineSiteContentScript } from '@/lib/content/site-entrypoint';
import { redditAdapter, redditNetwork } from '@/lib/sites/reddit';

export default defineSiteContentScript(redditNetwork, redditAdapter);
