import { serveBridge } from '@/lib/dom/bridge/server';

/**
 * The page bridge, in the page's main world: editor models and page globals are only reachable
 * there. Injected by the background on a content script's first request (lib/content/site-session.ts
 * asks with `loadPageBridge`), not declared for every page: most page loads never need it. Tiny and
 * dependency-free; it only answers the isolated content script's requests (lib/dom/bridge/protocol.ts).
 */
export default defineUnlistedScript(() => {
  serveBridge(document);
});
