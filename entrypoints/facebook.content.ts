import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';
import { facebookAdapter } from '@/lib/sites/facebook';
import { facebookNetwork } from '@/lib/sites/facebook/network';

export default defineContentScript({
  matches: matchPatterns(facebookNetwork),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, facebookAdapter),
});
