import { normaliseHandle } from '@/lib/guard/handles';
import type { Network } from '@/lib/networks';

/**
 * The comparable reference of a handle on a network: `network:handle` in the form that network
 * compares handles (case folded except case-sensitive ids, no @, no profile address around it).
 * An author without a handle is referred to by name (`network:name:<name>`), so they still count.
 */
export function personRef(network: Network, handle: string, name = ''): string {
  const normal = normaliseHandle(network, handle);
  if (normal) return `${network}:${normal}`;
  const folded = name.trim().toLowerCase();
  return folded ? `${network}:name:${folded}` : '';
}
