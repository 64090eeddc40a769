import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';
import { threadsAdapter } from '@/lib/sites/threads';

export default defineContentScript({
  matches: matchPatterns('threads'),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, threadsAdapter),
});
