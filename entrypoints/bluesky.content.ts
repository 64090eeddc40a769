import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';
import { blueskyAdapter } from '@/lib/sites/bluesky';

export default defineContentScript({
  matches: matchPatterns('bluesky'),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, blueskyAdapter),
});
