import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';
import { redditAdapter } from '@/lib/sites/reddit';

export default defineContentScript({
  matches: matchPatterns('reddit'),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, redditAdapter),
});
