import { serveBridge } from '@/lib/dom/bridge/server';

/**
 * The page bridge, in the page's main world: editor models are only reachable there. Injected by
 * the background on a content script's first insertion (lib/content/site-session.ts asks with
 * `loadPageBridge`), not declared for every page: most page loads never need it. Tiny and
 * dependency-free; it only answers the isolated content script's requests
 * (lib/dom/bridge/protocol.ts). Anonymous: it declares no global in the page.
 */
export default defineUnlistedScript({
  globalName: false,
  main: () => {
    serveBridge(document);
  },
});
