import { serveBridge } from '@/lib/dom/bridge/server';
import { manifestHostPatterns } from '@/lib/networks';

/**
 * The page bridge, in the page's main world: editor models and page globals are only reachable
 * there. Tiny and dependency-free because it runs on every network page; it only answers the
 * isolated content script's requests (lib/dom/bridge/protocol.ts).
 */
export default defineContentScript({
  world: 'MAIN',
  matches: manifestHostPatterns(),
  runAt: 'document_start',
  main() {
    serveBridge(document);
  },
});
