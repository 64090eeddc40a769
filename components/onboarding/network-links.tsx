import { useAppState } from '@/components/state/app-state';
import { NETWORK_LIST } from '@/lib/networks';

/**
 * Links that open each network in a new tab, where the extension's notice offers to register
 * the signed-in account. Mastodon opens on the user's own server, once one is named.
 */
export function NetworkLinks() {
  const { t, settings } = useAppState();
  const server = settings.value.mastodonInstances[0];
  const links = NETWORK_LIST.map((network) => {
    const host = network.runsOnGrantedServers ? server : network.hosts[0];
    return host ? { id: network.id, label: network.label, url: `https://${host}/` } : null;
  }).filter((link) => link !== null);
  return (
    <ul class="network-links" aria-label={t('checklistNetworksLabel')}>
      {links.map((link) => (
        <li key={link.id}>
          <a
            class="button"
            href={link.url}
            target="_blank"
            rel="noopener"
            title={t('checklistOpenNetwork', [link.label])}
          >
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
