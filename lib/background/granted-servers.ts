/**
 * The content script of the network on servers the user grants (Mastodon), registered at run
 * time on exactly the granted servers. Registrations persist across browser restarts.
 */
import { browser } from '@/lib/browser';
import { serverOrigin } from '@/lib/granted-server-access';
import { GRANTED_SERVERS_NETWORK } from '@/lib/networks';

const SCRIPT_ID = GRANTED_SERVERS_NETWORK ?? 'granted-servers';
/** Where WXT writes the content script registered at run time (entrypoints/<network>.content.ts). */
const SCRIPT_FILE = `content-scripts/${SCRIPT_ID}.js`;

/** The instances of the list that the user actually granted access to. */
export async function grantedInstances(hosts: readonly string[]): Promise<string[]> {
  const checks = await Promise.all(
    hosts.map((host) => browser.permissions.contains({ origins: [serverOrigin(host)] })),
  );
  return hosts.filter((_, index) => checks[index]);
}

/**
 * Keeps the content script registered on exactly the granted servers. Registrations
 * persist across browser restarts; running this again after any change is safe.
 */
export async function syncGrantedServerScript(hosts: readonly string[]): Promise<string[]> {
  const granted = await grantedInstances(hosts);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        js: [SCRIPT_FILE],
        matches: granted.map(serverOrigin),
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return granted;
}
