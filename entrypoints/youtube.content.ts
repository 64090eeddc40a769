import { defineSiteContentScript } from '@/lib/content/site-entrypoint';
import { youtubeAdapter, youtubeNetwork } from '@/lib/sites/youtube';

export default defineSiteContentScript(youtubeNetwork, youtubeAdapter);
