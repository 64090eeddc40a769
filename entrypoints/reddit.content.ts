import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';
import { redditAdapter } from '@/lib/sites/reddit';
import { redditNetwork } from '@/lib/sites/reddit/network';

export default defineContentScript({
  matches: matchPatterns(redditNetwork),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, redditAdapter),
});
