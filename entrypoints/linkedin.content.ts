import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns } from '@/lib/networks';
import { linkedinAdapter } from '@/lib/sites/linkedin';

export default defineContentScript({
  matches: matchPatterns('linkedin'),
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, linkedinAdapter),
});
