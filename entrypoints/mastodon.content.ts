import { bootContentScript } from '@/lib/content/boot';
import { mastodonAdapter } from '@/lib/sites/mastodon';

/** Registered at run time on the Mastodon servers the user adds in Settings (see lib/mastodon). */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main: (ctx) => bootContentScript(ctx, mastodonAdapter),
});
