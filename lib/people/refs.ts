import { normaliseHandle } from '@/lib/guard/handles';
import type { Network } from '@/lib/networks';

/**
 * The comparable reference of a handle on a network: `network:handle` in the form that network
 * compares handles (case folded except case-sensitive ids, no @, no profile address around it).
 * An author the page gave no handle for is referred to by name, so they still count (and the
 * People view shows that name where a handle would be).
 */
export function personRef(network: Network, handle: string, name = ''): string {
  const normal = normaliseHandle(network, handle.trim() ? handle : name);
  return normal ? `${network}:${normal}` : '';
}
