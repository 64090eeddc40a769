/**
 * The reply's length in the picker, as the network counts it. On X most texts are counted by
 * quickXLength; the first text it cannot count (a link, an emoji) loads twitter-text's bundle
 * (x-length-bundle.ts) and the count is shown once it is here: never a wrong count meanwhile.
 */
import { signal } from '@preact/signals';
import { loadXLength, registeredXLength } from '@/lib/content/features/templates/x-length-bundle';
import type { Network } from '@/lib/networks';
import { type BoxKind, countWith, type LengthCheck, lengthCheck, limitFor } from '@/lib/text/length-rules';
import { quickXLength } from '@/lib/text/x-quick-length';

/** Read by the counts waiting for twitter-text, so they are computed again when it arrives. */
const counterArrived = signal(false);

function xWeighted(text: string): number | null {
  const quick = quickXLength(text);
  if (quick !== null) return quick;
  const counter = registeredXLength();
  if (counter) return counter(text);
  if (!counterArrived.value) {
    void loadXLength().then((loaded) => {
      if (loaded) counterArrived.value = true;
    });
  }
  return null;
}

/** The length check of `text` in a box of this kind; null while X's counter is on its way. */
export function replyLength(network: Network, text: string, boxKind: BoxKind): LengthCheck | null {
  const count = countWith(xWeighted, network, text);
  return count === null ? null : lengthCheck(count, limitFor(network, boxKind));
}
