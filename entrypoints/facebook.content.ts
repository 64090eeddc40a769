import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';
import { facebookAdapter } from '@/lib/sites/facebook';

export default defineContentScript({
  matches: matchPatterns('facebook'),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, facebookAdapter),
});
