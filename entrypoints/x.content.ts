import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';
import { xAdapter } from '@/lib/sites/x';

export default defineContentScript({
  matches: matchPatterns('x'),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, xAdapter),
});
