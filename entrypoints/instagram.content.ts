import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';
import { instagramAdapter } from '@/lib/sites/instagram';

export default defineContentScript({
  matches: matchPatterns('instagram'),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, instagramAdapter),
});
