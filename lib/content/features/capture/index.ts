import { createCaptureFlow } from '@/lib/content/features/capture/capture-flow';
import { followHoverAndFocus } from '@/lib/content/features/capture/hover';
import { createCaptureOverlay } from '@/lib/content/features/capture/overlay';
import { trackPointer } from '@/lib/content/features/capture/targets';
import { teamMarksWhenConnected } from '@/lib/content/features/capture/team-marks';
import { trackKeywords } from '@/lib/content/features/capture/tracking';
import type { ContentFeature } from '@/lib/content/site-context';
import { connectPageTexts, tr } from '@/lib/content/ui/texts';

/**
 * Mention capture in the page: the floating control on the post under the pointer or focus, the
 * capture command, the context-menu item, and tracked keywords. Captures only on the user's
 * action, except the keyword capture the user switched on.
 */
export const captureFeature: ContentFeature = (site) => {
  connectPageTexts();
  const overlay = createCaptureOverlay(site.ctx, site.doc);
  const isOurs = (node: Node | null) => node === overlay.host || (node !== null && overlay.host.contains(node));
  let hover: ReturnType<typeof followHoverAndFocus> | null = null;
  const flow = createCaptureFlow(site, overlay, () => hover?.refresh());
  hover = followHoverAndFocus(site, overlay, flow.isCaptured);
  const pointer = trackPointer(site, isOurs);

  overlay.onControlClick(() => {
    const post = hover?.current();
    if (post) void flow.capture(post, 'control');
  });
  site.onCommand('capture-post', () => {
    const post = pointer.commandTarget();
    if (post) void flow.capture(post, 'command');
    else overlay.toast(tr('captureToastNoPost'), 'error', { state: 'none' });
  });

  site.onMessage('captureMenuTarget', () => {
    const post = pointer.menuTarget();
    if (!post) overlay.toast(tr('captureToastNoPost'), 'error', { state: 'none' });
    else void flow.capture(post, 'menu');
    return { handled: post !== null };
  });

  trackKeywords(site, overlay, flow);
  teamMarksWhenConnected(site);
};
