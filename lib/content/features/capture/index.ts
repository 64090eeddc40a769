import { createCaptureFlow } from '@/lib/content/features/capture/capture-flow';
import { followHoverAndFocus } from '@/lib/content/features/capture/hover';
import { type CaptureOverlay, createCaptureOverlay } from '@/lib/content/features/capture/overlay';
import { trackPointer } from '@/lib/content/features/capture/targets';
import { teamMarksWhenConnected } from '@/lib/content/features/capture/team-marks';
import { trackKeywords } from '@/lib/content/features/capture/tracking';
import { loadPageTools } from '@/lib/content/page-tools';
import type { ContentFeature, SiteContext } from '@/lib/content/site-context';
import { connectPageTexts, tr } from '@/lib/content/ui/texts';
import type { ScrapedPost } from '@/lib/sites/types';

/**
 * Mention capture in the page: the floating control on the post under the pointer or focus, the
 * capture command, the context-menu item, and tracked keywords. Captures only on the user's
 * action, except the keyword capture the user switched on.
 */
/** Save as idea: its code comes with the page tools (entrypoints/page-tools.ts) on the first click. */
async function saveAsIdea(site: SiteContext, overlay: CaptureOverlay, post: ScrapedPost): Promise<void> {
  const lazy = await loadPageTools().catch(() => undefined);
  if (lazy) await lazy.saveIdea(site, overlay, post);
  else overlay.toast(() => tr('ideas_saveFailed', [location.href]), 'error', { state: 'failed' });
}

export const captureFeature: ContentFeature = (site) => {
  connectPageTexts();
  const overlay = createCaptureOverlay(site.ctx, site.doc);
  const { isOurs } = overlay;
  let hover: ReturnType<typeof followHoverAndFocus> | null = null;
  const flow = createCaptureFlow(site, overlay, () => hover?.refresh());
  hover = followHoverAndFocus(site, overlay, flow.isCaptured);
  const pointer = trackPointer(site, isOurs);

  overlay.onControlClick(() => {
    const post = hover?.current();
    if (post) void flow.capture(post, 'control');
  });
  overlay.onIdeaClick(() => {
    const post = hover?.current();
    if (post) void saveAsIdea(site, overlay, post);
  });
  site.onCommand('capture-post', () => {
    const post = pointer.commandTarget();
    if (post) void flow.capture(post, 'command');
    else overlay.toast(() => tr('captureToastNoPost'), 'error', { state: 'none' });
  });

  site.onMessage('captureMenuTarget', () => {
    const post = pointer.menuTarget();
    if (!post) overlay.toast(() => tr('captureToastNoPost'), 'error', { state: 'none' });
    else void flow.capture(post, 'menu');
    return { handled: post !== null };
  });

  // Handled only when a post was right-clicked: otherwise the background saves the page or selection.
  site.onMessage('ideaMenuTarget', () => {
    const post = pointer.menuTarget();
    if (post) void saveAsIdea(site, overlay, post);
    return { handled: post !== null };
  });

  trackKeywords(site, overlay, flow);
  teamMarksWhenConnected(site);
};
