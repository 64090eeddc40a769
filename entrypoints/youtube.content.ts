import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';
import { youtubeAdapter } from '@/lib/sites/youtube';
import { youtubeNetwork } from '@/lib/sites/youtube/network';

export default defineContentScript({
  matches: matchPatterns(youtubeNetwork),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, youtubeAdapter),
});
