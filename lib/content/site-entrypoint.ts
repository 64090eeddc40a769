import { defineContentScript } from 'wxt/utils/define-content-script';
import { bootContentScript } from '@/lib/content/boot';
import { matchPatterns, type NetworkDescriptor } from '@/lib/sites/descriptor';
import type { SiteAdapter } from '@/lib/sites/types';

/**
 * A network's content script, from its descriptor and adapter: entrypoints/<network>.content.ts
 * is this one call. Fixed hosts come from the descriptor; a network on servers the user grants
 * (Mastodon) is registered at run time on them instead (lib/background/granted-servers.ts).
 */
export function defineSiteContentScript(network: NetworkDescriptor, adapter: SiteAdapter) {
  return defineContentScript({
    ...(network.runsOnGrantedServers
      ? { registration: 'runtime' as const, matches: [] }
      : { matches: matchPatterns(network) }),
    runAt: 'document_idle',
    // A reloaded extension's older script is told by a document event alone: the legacy
    // window.postMessage would wake every `message` listener of the page on each load.
    noScriptStartedPostMessage: true,
    main: (ctx) => bootContentScript(ctx, adapter),
  });
}
