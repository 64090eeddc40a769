import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';

export default defineContentScript({
  matches: matchPatterns('x'),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, 'x'),
});
