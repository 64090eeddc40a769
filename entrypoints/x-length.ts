import twitter from 'twitter-text';
import { registerXLength } from '@/lib/content/features/templates/x-length-bundle';

/**
 * X's weighted length (twitter-text with core-js and twemoji-parser), loaded by the template
 * picker only when a reply it shows on X holds what lib/text/x-quick-length.ts cannot count (a
 * link, an emoji): a bundle of its own, so the picker's view stays small enough to evaluate in a
 * short task. The background injects it into the tab's isolated world, as the picker's bundles.
 */
export default defineUnlistedScript(() => {
  registerXLength((text) => twitter.parseTweet(text).weightedLength);
});
