import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';
import { threadsAdapter } from '@/lib/sites/threads';
import { threadsNetwork } from '@/lib/sites/threads/network';

export default defineContentScript({
  matches: matchPatterns(threadsNetwork),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, threadsAdapter),
});
