import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';
import { instagramAdapter } from '@/lib/sites/instagram';
import { instagramNetwork } from '@/lib/sites/instagram/network';

export default defineContentScript({
  matches: matchPatterns(instagramNetwork),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, instagramAdapter),
});
