import { expect, it } from 'vitest';
import { NETWORK_HANDLES } from '@/lib/network-handles';
import { NETWORK_IDS } from '@/lib/network-ids';
import { NETWORK_LIST, NETWORKS } from '@/lib/networks';

it('the id list every page loads is the registry’s, in its order', () => {
  expect([...NETWORK_IDS]).toEqual([...NETWORKS]);
});

it('the hosts and handle rules every page loads are the registry’s', () => {
  for (const network of NETWORK_LIST) {
    expect(NETWORK_HANDLES[network.id]).toEqual({ hosts: network.hosts, handles: network.handles });
  }
});
