import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';
import { blueskyAdapter } from '@/lib/sites/bluesky';
import { blueskyNetwork } from '@/lib/sites/bluesky/network';

export default defineContentScript({
  matches: matchPatterns(blueskyNetwork),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, blueskyAdapter),
});
