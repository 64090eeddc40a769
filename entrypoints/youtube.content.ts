import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';
import { youtubeAdapter } from '@/lib/sites/youtube';

export default defineContentScript({
  matches: matchPatterns('youtube'),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, youtubeAdapter),
});
