import { NETWORK_NAMES, NETWORKS } from '@/lib/networks';

/** The `<option>`s of a network picker, in the product's order (names are brands: not translated). */
export function NetworkOptions() {
  return (
    <>
      {NETWORKS.map((network) => (
        <option key={network} value={network}>
          {NETWORK_NAMES[network]}
        </option>
      ))}
    </>
  );
}
