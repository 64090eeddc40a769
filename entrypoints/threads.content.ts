import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';

export default defineContentScript({
  matches: matchPatterns('threads'),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, 'threads'),
});
