import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';
import { xAdapter } from '@/lib/sites/x';
import { xNetwork } from '@/lib/sites/x/network';

export default defineContentScript({
  matches: matchPatterns(xNetwork),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, xAdapter),
});
