import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';
import { linkedinAdapter } from '@/lib/sites/linkedin';
import { linkedinNetwork } from '@/lib/sites/linkedin/network';

export default defineContentScript({
  matches: matchPatterns(linkedinNetwork),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, linkedinAdapter),
});
