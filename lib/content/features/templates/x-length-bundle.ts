/**
 * twitter-text in a bundle of its own (entrypoints/x-length.ts), loaded into the page only when
 * the picker shows X a text quickXLength cannot count (a link, an emoji): its evaluation is a
 * long task the picker's view does not pay at focus. Registered on a global of the isolated world.
 */
import { bundleGlobal, bundleLoader } from '@/lib/content/lazy-bundle';
import { sendToBackground } from '@/lib/messaging/content-sender';

type XWeightedLength = (text: string) => number;

export const { register: registerXLength, registered: registeredXLength } = bundleGlobal<XWeightedLength>('x-length');

export const loadXLength = bundleLoader<XWeightedLength>(
  () => sendToBackground('loadXLength', {}),
  registeredXLength,
  "X's length counter",
);
